import { spawn } from 'node:child_process'
import { Buffer } from 'node:buffer'

/**
 * `node test/support/run-parallel.js SCRIPT…`: runs package.json scripts at once (npm test's
 * typecheck, lint and tests leave each other idle time on two cores) and prints each one's
 * output whole when it ends, never interleaved. Exits non-zero when any script failed.
 */
const scripts = process.argv.slice(2)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] })
        /** @type {Buffer[]} */
        const chunks = []
        child.stdout.on('data', (chunk) => chunks.push(chunk))
        child.stderr.on('data', (chunk) => chunks.push(chunk))
        child.on('error', (error) => resolve({ script, code: 1, output: `${error.message}\n` }))
        child.on('close', (code) => {
          const output = Buffer.concat(chunks).toString('utf8')
          if (code !== 0) process.stdout.write(`\n✖ npm run ${script} failed (exit ${code}):\n`)
          process.stdout.write(output)
          resolve({ script, code: code ?? 1, output })
        })
      }),
  ),
)
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0
