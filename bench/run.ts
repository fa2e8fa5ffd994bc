/**
 * `npm run bench`: runs every `bench/*.bench.ts` in name order, each in its own Node process (so
 * one benchmark's heap and JIT state cannot skew the next). `npm run bench -- build` runs only the
 * files whose name starts with one of the given words. Exits non-zero when any benchmark fails.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((pick) => name.startsWith(pick)))
  .sort()

if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts file starts with ${only.join(' or ')}`)
  process.exitCode = 2
}
for (const name of files) {
  console.log(`\n== bench/${name}`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, name)], {
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error(`bench: ${name} failed (exit ${result.status ?? result.signal})`)
    process.exitCode = 1
  }
}
