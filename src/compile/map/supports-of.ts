import type { RequirementMapping } from '../../model/requirement.ts'
import type { RequirementCatalog } from './requirement-catalog.ts'

/**
 * Programs reached through a control's requirements, sorted: every baseline that contains one of
 * them and every program a published mapping relates them to.
 */
export function supportsOf(
  mappings: readonly RequirementMapping[],
  catalog: RequirementCatalog,
): string[] {
  const programs = new Set<string>()
  for (const mapping of mappings) {
    const requirement = catalog.byId.get(mapping.requirement)
    if (!requirement) continue
    for (const baseline of requirement.baselines) programs.add(baseline)
    for (const related of requirement.related) programs.add(related.program)
  }
  return [...programs].sort()
}
