import type { RequirementMapping } from '../../model/requirement.ts'
import type { RequirementAnnotation } from '../extract/annotation.ts'

const annotated = (requirement: string, text: string, inferred?: RequirementMapping) => ({
  requirement,
  // A pinned requirement the mapper also found keeps the relation it found (an attestation stays
  // evidence); otherwise the author says the statement implements it.
  relation: inferred?.relation ?? ('implements' as const),
  confidence: 1,
  origin: 'annotated' as const,
  rationale: `annotation: requirements=${text}`,
})

/** Base control of a full id: `nist-800-53-r5:sc-28.1` → `nist-800-53-r5:sc-28`. */
const baseOf = (id: string): string => id.replace(/\.\d+$/, '')

/**
 * Pins, adds and rejects requirements as an annotation says: pinned and added ones come first
 * (confidence 1, origin annotated), then what inference found that is neither pinned away nor
 * rejected. Rejecting a base control rejects its enhancements too.
 */
export function applyRequirementAnnotation(
  inferred: readonly RequirementMapping[],
  annotation: RequirementAnnotation | undefined,
): RequirementMapping[] {
  if (!annotation) return [...inferred]
  const found = new Map(inferred.map((m) => [m.requirement, m]))
  const rejected = (id: string): boolean =>
    annotation.reject.includes(id) || annotation.reject.includes(baseOf(id))
  const first = [...(annotation.pin ?? []), ...annotation.add].filter((id) => !rejected(id))
  const result: RequirementMapping[] = []
  for (const id of first) {
    if (!result.some((m) => m.requirement === id))
      result.push(annotated(id, annotation.text, found.get(id)))
  }
  if (annotation.pin !== null) return result
  for (const mapping of inferred) {
    if (rejected(mapping.requirement) || result.some((m) => m.requirement === mapping.requirement))
      continue
    result.push(mapping)
  }
  return result
}
