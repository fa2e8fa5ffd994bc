import { CONTROL_KINDS, ORIGINS, OWNERS } from '../model/control.ts'
import type { Graph } from '../model/graph.ts'
import { baselineIdsOf, requirementsOf } from './mapped-graph.ts'

/**
 * The scope vocabulary: every query parameter and CLI option that names things in the graph.
 * Routes and commands never match these values themselves; `resolveScope` does, from this table.
 */
export const SCOPE_PARAMETERS = [
  'service',
  'program',
  'owner',
  'kind',
  'origin',
  'topic',
  'requirement',
  'baseline',
  'catalog',
  'family',
  'general',
] as const

export type ScopeParameter = (typeof SCOPE_PARAMETERS)[number]

/** A canonical id and every spelling that selects it (compared by `normalizeName`). */
export interface Candidate {
  id: string
  names: readonly string[]
  /** Set when the candidate belongs to a service: it only matches with that service in scope. */
  service?: string
}

/** How one named parameter is matched: its candidates, in canonical order. */
export interface NamingRule {
  name: Exclude<ScopeParameter, 'general'>
  /** Singular noun for messages, e.g. `unknown owner`. */
  noun: string
  candidates(graph: Graph): Candidate[]
}

const fixed = (values: readonly string[]) => () => values.map((id) => ({ id, names: [id] }))

/**
 * One rule per named parameter, in resolution (and error report) order: `service` comes before
 * `topic` because topic anchors (`data-protection`) are looked up within the services in scope.
 */
export const NAMING_RULES: readonly NamingRule[] = [
  {
    name: 'service',
    noun: 'service',
    candidates: (graph) => graph.services.map((s) => ({ id: s.id, names: [s.id, s.name] })),
  },
  {
    name: 'program',
    noun: 'program',
    candidates: (graph) =>
      graph.programs.map((p) => ({ id: p.id, names: [p.id, p.name, ...p.aliases] })),
  },
  { name: 'owner', noun: 'owner', candidates: fixed(OWNERS) },
  { name: 'kind', noun: 'kind', candidates: fixed(CONTROL_KINDS) },
  { name: 'origin', noun: 'origin', candidates: fixed(ORIGINS) },
  {
    name: 'topic',
    noun: 'topic',
    candidates: (graph) =>
      graph.topics.map((t) => ({ id: t.id, names: [t.id, t.anchor], service: t.service })),
  },
  {
    // `SC-28`, `sc-28`, `SC-28(1)`, `sc-28.1` or the full id `nist-800-53-r5:sc-28.1`.
    name: 'requirement',
    noun: 'requirement',
    candidates: (graph) =>
      requirementsOf(graph).map((r) => ({ id: r.id, names: [r.id, r.controlId, r.label] })),
  },
  {
    // A baseline is a program that selects requirements (FedRAMP Moderate, NIST Low…).
    name: 'baseline',
    noun: 'baseline',
    candidates: (graph) => {
      const baselines = baselineIdsOf(graph)
      return graph.programs
        .filter((p) => baselines.has(p.id))
        .map((p) => ({ id: p.id, names: [p.id, p.name, ...p.aliases] }))
    },
  },
  {
    name: 'catalog',
    noun: 'catalog',
    candidates: (graph) => distinct(requirementsOf(graph).map((r) => r.catalog)),
  },
  {
    // `sc` or `SC`: a family is named by its id, printed upper-case in labels.
    name: 'family',
    noun: 'family',
    candidates: (graph) => distinct(requirementsOf(graph).map((r) => r.family)),
  },
]

function distinct(ids: readonly string[]): Candidate[] {
  return [...new Set(ids)].map((id) => ({ id, names: [id] }))
}

/** Spellings compare without case and with runs of white space as one space. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}
