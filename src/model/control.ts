import type { RequirementMapping } from './requirement.ts'
import type { Source } from './source.ts'

/** What kind of statement a control is. */
export type ControlKind = 'requirement' | 'recommendation' | 'guarantee' | 'capability'

/** Who carries a control under the shared-responsibility model. */
export type Owner = 'provider' | 'customer' | 'shared'

/** Whether a control was inferred from prose or pinned by an annotation. */
export type Origin = 'inferred' | 'annotated'

export const CONTROL_KINDS: readonly ControlKind[] = [
  'requirement',
  'recommendation',
  'guarantee',
  'capability',
]
export const OWNERS: readonly Owner[] = ['provider', 'customer', 'shared']
export const ORIGINS: readonly Origin[] = ['inferred', 'annotated']

/** One atomic, security-relevant statement someone can act on or rely on. */
export interface Control {
  /** `<section or topic id>.<slug of the statement>-<hash>`: stable while the statement is unchanged. */
  id: string
  /** Id of the service. */
  service: string
  /** Id of the topic (page). */
  topic: string
  /** Id of the innermost section, or null when the statement sits directly under the page title. */
  section: string | null
  /** Plain text of the statement, Markdown and escapes resolved. */
  statement: string
  /** Requirement, recommendation, guarantee or capability. */
  kind: ControlKind
  /** Provider, customer or shared. */
  owner: Owner
  /** Canonical ids of the compliance programs the statement or its headings name, sorted. */
  programs: string[]
  /** Where the statement starts. */
  source: Source
  /** Inferred from prose, or annotated in the content. */
  origin: Origin
  /** How sure the inference is, 0–1; 1 for annotated controls. */
  confidence: number
  /** Ids of the links (see `Link`) the statement carries, in order. */
  references: string[]
  /** Catalog requirements the statement meets or supports, ranked best first. */
  requirements: RequirementMapping[]
  /**
   * Programs reached through `requirements`, sorted: every baseline that contains one of them and
   * every program a published mapping relates them to (`Requirement.baselines`, `.related`).
   * Kept apart from `programs`, which the statement itself names.
   */
  supports: string[]
}
