import { CONTROL_KINDS } from '../model/control.ts'
import type { Owner } from '../model/control.ts'
import type { Graph } from '../model/graph.ts'
import { resolveScope } from '../scope/index.ts'
import type { InvalidParameter, RawScope, ResolvedScope } from '../scope/index.ts'
import type { ChecklistScope } from './checklist.ts'

export type ChecklistScopeResult =
  { ok: true; scope: ChecklistScope } | { ok: false; errors: InvalidParameter[] }

export const DEFAULT_OWNERS: readonly Owner[] = ['customer', 'shared']

/**
 * A checklist's scope from resolved parameters: the checklist's defaults (owners customer and
 * shared, every kind, general controls kept) and its one extra rule, a service is needed when
 * the graph has several.
 */
export function checklistScope(graph: Graph, resolved: ResolvedScope): ChecklistScopeResult {
  const serviceIds = graph.services.map((s) => s.id)
  if (resolved.service === undefined && serviceIds.length !== 1) {
    const reason =
      serviceIds.length === 0
        ? 'the graph has no services'
        : 'required when the graph has several services'
    return { ok: false, errors: [{ name: 'service', reason, invalid: [], valid: serviceIds }] }
  }
  return {
    ok: true,
    scope: {
      services: resolved.service ?? serviceIds,
      programs: resolved.program ?? [],
      owners: resolved.owner ?? [...DEFAULT_OWNERS],
      topics: resolved.topic ?? [],
      kinds: resolved.kind ?? [...CONTROL_KINDS],
      includeGeneral: resolved.general ?? true,
    },
  }
}

/** `resolveScope` then `checklistScope`: raw CLI or query values to a checklist scope. */
export function validateScope(graph: Graph, raw: RawScope): ChecklistScopeResult {
  const resolved = resolveScope(graph, raw)
  if (!resolved.ok) {
    // A missing service is reported along with the other errors.
    const services = resolveScope(graph, { service: raw.service })
    const missing = services.ok ? checklistScope(graph, services.scope) : null
    const extra = missing?.ok === false ? missing.errors : []
    return { ok: false, errors: [...extra, ...resolved.errors] }
  }
  return checklistScope(graph, resolved.scope)
}
