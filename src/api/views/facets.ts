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
  /** With `program`: how many controls name one of the programs and how many are mapped to one. */
  match?: Record<Match, number>
}

/** Why a control matched `program`: its text names the program, or a requirement maps it there. */
export type Match = 'named' | 'mapped'

function ordered(counts: Map<string, number>, order: Iterable<string>): Record<string, number> {
  const result: Record<string, number> = {}
  for (const id of order) {
    const count = counts.get(id)
    if (count) result[id] = count
  }
  return result
}

/** Facet counts over a whole result set; topic and service keys follow document order. */
export function computeFacets(
  index: GraphIndex,
  controls: readonly Control[],
  programs?: readonly string[],
): Facets {
  const stats = controlStats(controls)
  const topics = new Map<string, number>()
  const services = new Map<string, number>()
  for (const control of controls) {
    topics.set(control.topic, (topics.get(control.topic) ?? 0) + 1)
    services.set(control.service, (services.get(control.service) ?? 0) + 1)
  }
  const match = programs && {
    named: controls.filter((c) => c.programs.some((p) => programs.includes(p))).length,
    mapped: 0,
  }
  if (match) match.mapped = controls.length - match.named
  return {
    ...(match ? { match } : {}),
    owner: stats.byOwner,
    kind: stats.byKind,
    origin: stats.byOrigin,
    program: stats.byProgram,
    topic: ordered(topics, index.topics.keys()),
    service: ordered(services, index.services.keys()),
  }
}
