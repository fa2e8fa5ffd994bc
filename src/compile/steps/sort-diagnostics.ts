import type { Diagnostic } from '../../model/diagnostic.ts'

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** By file, line, column and code (then message), with exact repeats dropped: the graph's order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.code, b.code) ||
      compare(a.message, b.message),
  )
  return sorted.filter((d, i) => {
    const previous = sorted[i - 1]
    return !previous || JSON.stringify(previous) !== JSON.stringify(d)
  })
}
