import type { Control } from './control.ts'
import type { RequirementMapping } from './requirement.ts'

/**
 * The controls mapped to each requirement, in the order given (document order for a graph's
 * controls): `entry` turns each control and one of its mappings into what the caller lists. A
 * control mapped to a requirement twice is listed twice, once per mapping. Graph files written
 * before requirement mapping have no `requirements` on their controls: those map to nothing.
 */
export function groupByRequirement<T>(
  controls: Iterable<Control>,
  entry: (control: Control, mapping: RequirementMapping) => T,
): Map<string, T[]> {
  const byRequirement = new Map<string, T[]>()
  for (const control of controls) {
    const mappings: readonly RequirementMapping[] | undefined = control.requirements
    for (const mapping of mappings ?? []) {
      const item = entry(control, mapping)
      const list = byRequirement.get(mapping.requirement)
      if (list) list.push(item)
      else byRequirement.set(mapping.requirement, [item])
    }
  }
  return byRequirement
}
