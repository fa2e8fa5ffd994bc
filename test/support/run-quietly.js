import { spawnSync } from 'node:child_process'

/**
 * `node test/support/run-quietly.js CMD [ARGS…]`: runs a tool that talks on success (Redocly's
 * banner and "valid" message) and prints its output only when it fails or warns, so `npm test`
 * stays quiet. A framed notice (Redocly's Node 20 end-of-life box, printed on every run) is not a
 * warning about this project.
 */
const [command, ...args] = process.argv.slice(2)
if (command === undefined) {
  console.error('usage: node test/support/run-quietly.js CMD [ARGS…]')
  process.exit(2)
}
const result = spawnSync(command, args, { encoding: 'utf8', shell: false })
if (result.error) {
  console.error(`${command}: ${result.error.message}`)
  process.exit(1)
}
const output = `${result.stdout}${result.stderr}`
const unframed = output
  .split('\n')
  .filter((line) => !/^\s*[║╔╚]/.test(line))
  .join('\n')
if (result.status !== 0 || /warning/i.test(unframed)) process.stdout.write(output)
process.exit(result.status ?? 1)
