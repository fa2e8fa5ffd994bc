import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import { messageOf } from './message-of.ts'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** Prints a usage error the way every command does, with where to find the options; returns 2. */
export function usageError(command: string, reason: string): number {
  console.error(`secgraph ${command}: ${reason}`)
  console.error(`Run 'secgraph ${command} --help' for the options.`)
  return 2
}

/**
 * Strict `parseArgs` of a command's arguments. On an unknown option or a missing value it prints
 * the usage error and returns null (the command then exits 2).
 */
export function parseCommandLine<const O extends OptionsConfig>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals })
  } catch (error) {
    usageError(command, messageOf(error))
    return null
  }
}
