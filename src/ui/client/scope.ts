/** The checkbox filters, each a facet group, in the order they are shown. */
export const FACETS = ['service', 'owner', 'kind', 'program', 'topic'] as const
/**
 * Every filter the UI sends: the facets, then the requirement catalog's (`requirement=SC-28`,
 * `baseline=fedramp-moderate`), which have their own inputs and no facet counts.
 */
export const FILTERS = [...FACETS, 'requirement', 'baseline'] as const
export type FacetName = (typeof FACETS)[number]
export type FilterName = (typeof FILTERS)[number]

/** What the user is looking at: a query and filters (AND across filters, OR within one). */
export interface Scope {
  q: string
  filters: Record<FilterName, string[]>
}

export function emptyScope(): Scope {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, []])) as unknown as Record<
    FilterName,
    string[]
  >
  return { q: '', filters }
}

/** Query parameters of a scope for the API, leaving out the filters named in `omit`. */
export function scopeParams(scope: Scope, omit: readonly FilterName[] = []): URLSearchParams {
  const params = new URLSearchParams()
  const q = scope.q.trim()
  if (q !== '') params.set('q', q.slice(0, 200))
  for (const name of FILTERS) {
    const values = scope.filters[name]
    if (!omit.includes(name) && values.length > 0) params.set(name, values.join(','))
  }
  return params
}

/** Reads a scope from query parameters (`?q=…&owner=customer,shared`). */
export function readScope(params: URLSearchParams): Scope {
  const scope = emptyScope()
  scope.q = params.get('q') ?? ''
  for (const name of FILTERS) {
    scope.filters[name] = splitList(params.getAll(name).join(','))
  }
  return scope
}

/** A comma-separated list as typed: `SC-28, IA-2(1)` → `['SC-28', 'IA-2(1)']`. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
}
