import type { Diagnostic } from '../model/diagnostic.ts'

function key(d: Diagnostic): string {
  // Lines move when unrelated text above moves; code, file and message identify the problem.
  return `${d.code}\0${d.file}\0${d.message}`
}

/**
 * Error diagnostics of `next` that `served` does not have. A graph served with errors from the
 * start (e.g. upstream docs with a known defect) must not block every later reload, so only
 * errors a change introduced make a rebuild fail.
 */
export function newErrors(
  next: readonly Diagnostic[],
  served: readonly Diagnostic[],
): Diagnostic[] {
  const known = new Set(served.filter((d) => d.severity === 'error').map(key))
  return next.filter((d) => d.severity === 'error' && !known.has(key(d)))
}
