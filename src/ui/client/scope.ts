/** The filters the UI knows, in the order they are shown. */
export const FILTERS = ['service', 'owner', 'kind', 'program', 'topic'] as const
export type FilterName = (typeof FILTERS)[number]

/** What the user is looking at: a query and filters (AND across filters, OR within one). */
export interface Scope {
  q: string
  filters: Record<FilterName, string[]>
}

export function emptyScope(): Scope {
  return { q: '', filters: { service: [], owner: [], kind: [], program: [], topic: [] } }
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
    scope.filters[name] = params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '')
  }
  return scope
}
