/** The one-line message of anything thrown: no stack traces on the command line. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
