import type { GraphDiff } from './change.ts'

/** The diff as JSON (2-space, trailing newline); key order is fixed by `diffGraphs`. */
export function renderJson(diff: GraphDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`
}
