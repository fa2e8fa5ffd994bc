/** How a control relates to a requirement of a catalog. */
export type Relation = 'implements' | 'supports' | 'evidence'

export const RELATIONS: readonly Relation[] = ['implements', 'supports', 'evidence']

/**
 * One requirement of a control catalog, e.g. NIST SP 800-53 Rev. 5 SC-28 (`nist-800-53-r5:sc-28`)
 * or its enhancement SC-28(1) (`nist-800-53-r5:sc-28.1`). Shipped in `content/catalogs/`.
 */
export interface Requirement {
  /** `<catalog>:<controlId>`, e.g. `nist-800-53-r5:sc-28.1`. */
  id: string
  /** Catalog id, e.g. `nist-800-53-r5`. */
  catalog: string
  /** The catalog's own id, as in NIST's OSCAL catalog: `sc-28`, `sc-28.1`. */
  controlId: string
  /** Label as printed: `SC-28`, `SC-28(1)`. */
  label: string
  /** Title, e.g. `Protection of Information at Rest`. */
  title: string
  /** Family id, e.g. `sc`. */
  family: string
  /** Id (`<catalog>:<controlId>`) of the base control of an enhancement; null for a base control. */
  parent: string | null
  /** Baselines (program ids) that contain it, sorted: `fedramp-moderate`, `nist-moderate`, … */
  baselines: string[]
  /**
   * Requirements of other programs that a published mapping relates to it, e.g. NIST's 800-53 →
   * ISO/IEC 27001:2022 mapping: `[{ program: 'iso-27001', ids: ['A.8.24'] }]` (ids only: the
   * other program's text is not ours to ship).
   */
  related: { program: string; ids: string[] }[]
}

/** A control's link to a requirement, with the reason for it. */
export interface RequirementMapping {
  /** Requirement id, `<catalog>:<controlId>`. */
  requirement: string
  /** implements (the statement is the requirement's safeguard), supports, or evidence (an attestation). */
  relation: Relation
  /** How sure the mapping is, 0–1; 1 for annotated mappings. */
  confidence: number
  /** Inferred by the mapper, or pinned by an annotation. */
  origin: 'inferred' | 'annotated'
  /** The concept and the words that led there, e.g. `encryption at rest: "encrypts … at rest"`. */
  rationale: string
}
