#!/usr/bin/env node
import { buildCommand } from './commands/build.ts'
import { checklistCommand } from './commands/checklist.ts'
import { diffCommand } from './commands/diff.ts'
import { explainCommand } from './commands/explain.ts'
import { exportCommand } from './commands/export.ts'
import { serveCommand } from './commands/serve.ts'
import { validateCommand } from './commands/validate.ts'
import type { Command } from './command.ts'
import { messageOf } from './message-of.ts'

const commands: Command[] = [
  buildCommand,
  validateCommand,
  serveCommand,
  checklistCommand,
  exportCommand,
  diffCommand,
  explainCommand,
]

const usage = `Usage: secgraph <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'secgraph <command> --help' for a command's options.`

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage)
    return name === undefined ? 2 : 0
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    console.error(`secgraph: unknown command '${name}'\n\n${usage}`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage)
    return 0
  }
  return command.run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Commands report their own errors; reaching here is a bug, so say so without a stack trace.
    console.error(`secgraph: internal error: ${messageOf(error)}`)
    process.exitCode = 2
  },
)
