import type { Program, ProgramCoverage } from '../../model/program.ts'
import type { RequirementCatalog } from './requirement-catalog.ts'

/**
 * Sets each program's `coverage` from the catalogs: a baseline some requirement belongs to is
 * reached `via: 'baseline'`, a program a published mapping relates requirements to `via:
 * 'mapping'`; every other program has no requirement-level data (null).
 */
export function withCoverage(programs: readonly Program[], catalog: RequirementCatalog): Program[] {
  const coverage = new Map<string, ProgramCoverage>()
  for (const requirement of catalog.requirements) {
    for (const baseline of requirement.baselines)
      if (!coverage.has(baseline))
        coverage.set(baseline, { catalog: requirement.catalog, via: 'baseline' })
    for (const related of requirement.related)
      if (!coverage.has(related.program))
        coverage.set(related.program, { catalog: requirement.catalog, via: 'mapping' })
  }
  return programs.map((program) => ({ ...program, coverage: coverage.get(program.id) ?? null }))
}
