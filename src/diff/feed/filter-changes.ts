import type { Change } from '../change.ts'
import type { ChangeFilters } from './change-feed.ts'

/** The values one field takes on either side of a change (a moved control may change owner). */
function values(change: Change, field: string): string[] {
  const out: string[] = []
  for (const state of [change.before, change.after]) {
    const value = state?.fields[field]
    if (typeof value === 'string') out.push(value)
    else if (Array.isArray(value)) out.push(...value)
  }
  return out
}

const matches = (wanted: readonly string[] | undefined, actual: string[]): boolean =>
  wanted === undefined || wanted.length === 0 || actual.some((v) => wanted.includes(v))

/**
 * True when the change passes every filter. Owner and kind only exist on controls, so those filters
 * keep controls only; program matches a control's programs or an attestation's program.
 */
export function matchesFilters(change: Change, filters: ChangeFilters): boolean {
  return (
    matches(filters.service, [change.service]) &&
    matches(filters.type, [change.type]) &&
    matches(filters.node, [change.node]) &&
    matches(filters.owner, values(change, 'owner')) &&
    matches(filters.kind, values(change, 'kind')) &&
    matches(filters.program, [...values(change, 'programs'), ...values(change, 'program')])
  )
}
