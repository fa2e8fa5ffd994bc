import type { Control, Owner } from '../../model/control.ts'
import { OWNERS } from '../../model/control.ts'
import type { Requirement, RequirementMapping } from '../../model/requirement.ts'
import { groupByRequirement } from '../../model/group-by-requirement.ts'
import type { GraphIndex } from '../graph-index.ts'
import type { ControlRef } from './refs.ts'
import { controlRef } from './refs.ts'

/** A requirement with how many controls map to it (directly, enhancements not counted). */
export interface RequirementSummary extends Requirement {
  controls: number
  href: string
}

/** A control mapped to a requirement, with the mapping's reason. */
export interface MappedControlRef extends ControlRef {
  service: string
  /** The requirement the control maps to: this one or one of its enhancements. */
  requirement: string
  relation: RequirementMapping['relation']
  confidence: number
  rationale: string
}

export interface RequirementDetail extends RequirementSummary {
  parent: string | null
  enhancements: { id: string; label: string; title: string }[]
  /** Controls mapped to it or to its enhancements, by owner, in document order. */
  mapped: Record<Owner, MappedControlRef[]> & { total: number }
}

export interface RequirementFacets {
  catalog: Record<string, number>
  family: Record<string, number>
  baseline: Record<string, number>
}

/** A control and its mapping to one requirement: pointers into the graph, nothing copied. */
export interface MappedControl {
  control: Control
  mapping: RequirementMapping
}

/**
 * Controls by requirement id, in document order. Holds references only (a graph of 100k controls
 * has about 500k mappings): the refs a detail shows are made when that detail is rendered.
 */
export function controlsByRequirement(index: GraphIndex): Map<string, MappedControl[]> {
  return groupByRequirement(index.graph.controls, (control, mapping) => ({ control, mapping }))
}

function mappedControlRef({ control, mapping }: MappedControl): MappedControlRef {
  return {
    ...controlRef(control),
    service: control.service,
    requirement: mapping.requirement,
    relation: mapping.relation,
    confidence: mapping.confidence,
    rationale: mapping.rationale,
  }
}

export function requirementSummary(
  requirement: Requirement,
  mapped: ReadonlyMap<string, readonly MappedControl[]>,
): RequirementSummary {
  return {
    ...requirement,
    controls: mapped.get(requirement.id)?.length ?? 0,
    href: `/v1/requirements/${encodeURIComponent(requirement.id)}`,
  }
}

export function requirementDetail(
  requirement: Requirement,
  enhancements: readonly Requirement[],
  mapped: ReadonlyMap<string, readonly MappedControl[]>,
  order: ReadonlyMap<string, number>,
): RequirementDetail {
  const refs = [requirement, ...enhancements]
    .flatMap((r) => mapped.get(r.id) ?? [])
    .map(mappedControlRef)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  const byOwner = Object.fromEntries(
    OWNERS.map((owner) => [owner, refs.filter((r) => r.owner === owner)]),
  ) as Record<Owner, MappedControlRef[]>
  return {
    ...requirementSummary(requirement, mapped),
    enhancements: enhancements.map(({ id, label, title }) => ({ id, label, title })),
    mapped: { ...byOwner, total: refs.length },
  }
}

export function requirementFacets(requirements: readonly Requirement[]): RequirementFacets {
  const facets: RequirementFacets = { catalog: {}, family: {}, baseline: {} }
  const add = (counts: Record<string, number>, key: string) => {
    counts[key] = (counts[key] ?? 0) + 1
  }
  for (const r of requirements) {
    add(facets.catalog, r.catalog)
    add(facets.family, r.family)
    for (const b of r.baselines) add(facets.baseline, b)
  }
  return facets
}
