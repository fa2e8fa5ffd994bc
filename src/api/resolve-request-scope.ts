import type { Graph } from '../model/graph.ts'
import { resolveScope, SCOPE_PARAMETERS } from '../scope/index.ts'
import type { InvalidParameter, RawScope, ScopeParameter } from '../scope/index.ts'
import type { InvalidParam } from './http-error.ts'
import type { ValidRequest } from './validate-request.ts'
import { canonicalQuery } from './validate-request.ts'

const isScopeParameter = (name: string): name is ScopeParameter =>
  (SCOPE_PARAMETERS as readonly string[]).includes(name)

/** Scope errors as `invalid-params` entries, each naming the values that would work. */
export function scopeIssues(errors: readonly InvalidParameter[]): InvalidParam[] {
  return errors.map((e) => ({
    name: e.name,
    in: 'query',
    reason:
      e.invalid.length > 0
        ? `${e.reason}: ${e.invalid.map((v) => JSON.stringify(v)).join(', ')}; valid: ${e.valid.join(', ')}`
        : e.valid.length > 0
          ? `${e.reason}; valid: ${e.valid.join(', ')}`
          : e.reason,
    invalid: e.invalid,
    valid: e.valid,
  }))
}

/**
 * Replaces the scope parameters of a request whose shape the OpenAPI document checked (service,
 * topic, owner, kind, origin, program, general) with their canonical values, so handlers, ETags,
 * memo keys and cursors see `owner=customer` whether the URL said `Customer` or `customer`.
 * Unknown values come back as issues naming the valid ones; parameters in `skip` (already
 * reported as malformed) are left alone.
 */
export function resolveRequestScope(
  graph: Graph,
  request: ValidRequest,
  skip: ReadonlySet<string> = new Set(),
): { request: ValidRequest; issues: InvalidParam[] } {
  const raw: RawScope = {}
  let given = false
  for (const [name, value] of Object.entries(request.query)) {
    if (isScopeParameter(name) && !skip.has(name)) {
      raw[name] = value
      given = true
    }
  }
  if (!given) return { request, issues: [] }
  const result = resolveScope(graph, raw)
  if (!result.ok) return { request, issues: scopeIssues(result.errors) }
  const query = { ...request.query, ...result.scope }
  return {
    request: { ...request, query, canonical: canonicalQuery(query), scope: result.scope },
    issues: [],
  }
}
