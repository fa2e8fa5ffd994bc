/** A `secgraph` sub-command: its help text and what it does. */
export interface Command {
  /** Name typed after `secgraph`. */
  name: string
  /** One line for `secgraph --help`. */
  summary: string
  /** Full `--help` text of the command. */
  usage: string
  /** Runs with the arguments after the command name; resolves to the process exit code. */
  run(argv: string[]): Promise<number>
}
