import type { Control } from '../model/control.ts'
import type { Graph } from '../model/graph.ts'
import type { Program } from '../model/program.ts'
import type { Requirement, RequirementMapping } from '../model/requirement.ts'

/**
 * Read access to the requirement-level fields the mapper adds to the model (`Graph.requirements`,
 * `Control.requirements`, `Control.supports`, `Program.coverage`). A graph written before them has
 * none: each accessor answers "nothing mapped" instead of failing.
 */
export interface ProgramCoverage {
  catalog: string
  via: 'baseline' | 'mapping'
}

export function requirementsOf(graph: Graph): readonly Requirement[] {
  return (graph as Graph & { requirements?: Requirement[] }).requirements ?? []
}

/** The control's requirement mappings, best first. */
export function mappingsOf(control: Control): readonly RequirementMapping[] {
  return (control as Control & { requirements?: RequirementMapping[] }).requirements ?? []
}

/** Program ids the control reaches through its requirements. */
export function supportsOf(control: Control): readonly string[] {
  return (control as Control & { supports?: string[] }).supports ?? []
}

/** How a program is covered at requirement level; null when nothing maps to it (PCI DSS, SOC 2). */
export function coverageOf(program: Program): ProgramCoverage | null {
  return (program as Program & { coverage?: ProgramCoverage | null }).coverage ?? null
}

/** Programs that are baselines: those some requirement of the graph lists in `baselines`. */
export function baselineIdsOf(graph: Graph): Set<string> {
  return new Set(requirementsOf(graph).flatMap((r) => r.baselines))
}

/**
 * The requirement ids a `requirement` filter selects: each named requirement and, for a base
 * control, its enhancements (SC-28 includes SC-28(1)); an enhancement includes nothing broader.
 */
export function requirementFamily(graph: Graph, ids: readonly string[]): Set<string> {
  const named = new Set(ids)
  const selected = new Set(ids)
  for (const r of requirementsOf(graph))
    if (r.parent !== null && named.has(r.parent)) selected.add(r.id)
  return selected
}
