import type { Scope } from './scope.ts'
import { scopeParams } from './scope.ts'

/**
 * The `/v1/checklists` query of what the user is looking at. With a baseline it is the customer
 * responsibility matrix, which takes services, topics and one baseline only (it lists every
 * party's statements, so owner, kind and program do not apply). Without one, the checklist of the
 * facet filters. Checklists are scoped by filters, not by the search text or requirements; with no
 * service chosen every service is named, as the API wants at least one.
 */
export function checklistParams(scope: Scope, services: readonly string[]): URLSearchParams {
  const baseline = scope.filters.baseline[0]
  const params =
    baseline === undefined
      ? scopeParams({ ...scope, q: '' }, ['requirement', 'baseline'])
      : scopeParams({ ...scope, q: '' }, ['owner', 'kind', 'program', 'requirement', 'baseline'])
  if (baseline !== undefined) params.set('baseline', baseline)
  if (scope.filters.service.length === 0 && services.length > 0) {
    params.set('service', services.join(','))
  }
  return params
}
