#!/usr/bin/env node
import type { Command } from './command.ts'
import { messageOf } from './message-of.ts'

/**
 * Each command's module loads only when it runs: `serve --graph` on a replica never loads the
 * compiler, the diff or the OSCAL exporter, which is a quarter of a cold start. In help order.
 */
const commands: readonly { name: string; load: () => Promise<Command> }[] = [
  { name: 'build', load: async () => (await import('./commands/build.ts')).buildCommand },
  { name: 'validate', load: async () => (await import('./commands/validate.ts')).validateCommand },
  { name: 'serve', load: async () => (await import('./commands/serve.ts')).serveCommand },
  {
    name: 'checklist',
    load: async () => (await import('./commands/checklist.ts')).checklistCommand,
  },
  { name: 'export', load: async () => (await import('./commands/export.ts')).exportCommand },
  { name: 'diff', load: async () => (await import('./commands/diff.ts')).diffCommand },
  { name: 'explain', load: async () => (await import('./commands/explain.ts')).explainCommand },
]

/** The overview, for which every command is loaded (only its summary is read). */
async function usage(): Promise<string> {
  const loaded = await Promise.all(commands.map((c) => c.load()))
  return `Usage: secgraph <command> [options]

Commands:
${loaded.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'secgraph <command> --help' for a command's options.`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(await usage())
    return name === undefined ? 2 : 0
  }
  const entry = commands.find((c) => c.name === name)
  if (!entry) {
    console.error(`secgraph: unknown command '${name}'\n\n${await usage()}`)
    return 2
  }
  const command = await entry.load()
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
