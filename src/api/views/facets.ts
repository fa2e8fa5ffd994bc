import type { Control, ControlKind, Origin, Owner } from '../../model/control.ts'
import type { GraphIndex } from '../graph-index.ts'
import { controlStats } from './control-stats.ts'

export interface Facets {
  owner: Record<Owner, number>
  kind: Record<ControlKind, number>
  origin: Record<Origin, number>
  program: Record<string, number>
  topic: Record<string, number>
  service: Record<string, number>
}

function ordered(counts: Map<string, number>, order: Iterable<string>): Record<string, number> {
  const result: Record<string, number> = {}
  for (const id of order) {
    const count = counts.get(id)
    if (count) result[id] = count
  }
  return result
}

/** Facet counts over a whole result set; topic and service keys follow document order. */
export function computeFacets(index: GraphIndex, controls: readonly Control[]): Facets {
  const stats = controlStats(controls)
  const topics = new Map<string, number>()
  const services = new Map<string, number>()
  for (const control of controls) {
    topics.set(control.topic, (topics.get(control.topic) ?? 0) + 1)
    services.set(control.service, (services.get(control.service) ?? 0) + 1)
  }
  return {
    owner: stats.byOwner,
    kind: stats.byKind,
    origin: stats.byOrigin,
    program: stats.byProgram,
    topic: ordered(topics, index.topics.keys()),
    service: ordered(services, index.services.keys()),
  }
}
