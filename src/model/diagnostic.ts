/** Errors make the graph wrong or incomplete; warnings are defects a docs maintainer should fix. */
export type Severity = 'error' | 'warning'

/** A problem found while building, reported like a compiler message. */
export interface Diagnostic {
  /** Permanent name of the problem, e.g. `broken-link` (see the catalog in `src/compile/diagnostics.ts`). */
  code: string
  /** Error or warning. */
  severity: Severity
  /** What happened. */
  message: string
  /** What to do about it. */
  hint: string
  /** File relative to the content root, with forward slashes (the root itself is `.`). */
  file: string
  /** 1-based line, or 1 when the problem concerns a whole file. */
  line: number
  /** 1-based column. */
  column: number
}
