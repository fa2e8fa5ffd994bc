import type { Diagnostic } from '../model/diagnostic.ts'

/** The graph being served: the last good build. */
export interface ServedBuild {
  contentHash: string
  builtAt: string
}

/** A rebuild or reload that was refused; the last good graph kept serving. */
export interface ReloadFailure {
  /** When the attempt started (ISO 8601). */
  at: string
  /** Why the attempt failed as one line, e.g. a graph file that cannot be read, or a count of new errors. */
  error: string
  /** The error diagnostics that made the build fail (file:line:column), at most 100. */
  diagnostics: Diagnostic[]
}

/**
 * What a live-reloading server reports in `/readyz` and `/v1/meta`: the build it serves and the
 * outcome of the last reload attempt. `ok` is false from a failed attempt until a good build
 * replaces it (or the content comes back to the served version).
 */
export interface ReloadStatus {
  ok: boolean
  /** The build being served. */
  serving: ServedBuild
  /** Reload attempts finished since start (bursts of changes coalesce into one). */
  attempts: number
  /** Attempts that swapped a new graph in. */
  swaps: number
  /** Attempts refused. */
  failures: number
  /** When the last attempt started, or null before the first. */
  lastAttemptAt: string | null
  /** The last failed attempt while it is the latest one, else null. */
  failure: ReloadFailure | null
}
