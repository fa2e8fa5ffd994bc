import type { Diagnostic } from '../../model/diagnostic.ts'
import type { Source } from '../../model/source.ts'
import { createDiagnostic } from '../diagnostics.ts'

/** Keeps the first node of each id; every later one is a `duplicate-id` error and is left out. */
export function dropDuplicateIds<T extends { id: string; source: Source }>(
  items: T[],
  type: string,
  diagnostics: Diagnostic[],
): T[] {
  const first = new Map<string, Source>()
  return items.filter((item) => {
    const seen = first.get(item.id)
    if (seen === undefined) {
      first.set(item.id, item.source)
      return true
    }
    diagnostics.push(
      createDiagnostic('duplicate-id', item.source, {
        id: item.id,
        type,
        first: `${seen.file}:${seen.line}:${seen.column}`,
      }),
    )
    return false
  })
}
