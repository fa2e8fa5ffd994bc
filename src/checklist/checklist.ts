import type { Control, ControlKind, Owner } from '../model/control.ts'
import type { Source } from '../model/source.ts'

/** Where a checklist item stands; every item starts as `todo`. */
export type ItemStatus = 'todo' | 'done' | 'not-applicable'

/** What a checklist is about. Empty `programs` / `topics` mean "no filter". */
export interface ChecklistScope {
  /** Service ids, in graph order (at least one). */
  services: string[]
  /** Canonical program ids, in vocabulary order; empty = every program. */
  programs: string[]
  /** Owners whose controls are listed under "your actions", in `OWNERS` order. */
  owners: Owner[]
  /** Topic ids (each with its sub-topics), in graph order; empty = every topic. */
  topics: string[]
  /** Kinds of controls listed under "your actions", in `CONTROL_KINDS` order. */
  kinds: ControlKind[]
  /**
   * With `programs` set: whether controls that name no program at all (most customer duties)
   * are kept, flagged `general: true`. Controls naming only other programs are always left out.
   */
  includeGeneral: boolean
}

/** A service or program named in the header. */
export interface NamedRef {
  id: string
  name: string
}

/** A service in the header, with who runs it. */
export interface ServiceRef extends NamedRef {
  provider: string
}

/**
 * Identifies the graph a checklist was generated from. The build time is left out on purpose:
 * two builds of the same content must give the same checklist.
 */
export interface GraphRef {
  contentHash: string
  schemaVersion: number
}

export interface ChecklistHeader {
  /** e.g. `AWS CloudHSM: PCI DSS checklist`. */
  title: string
  scope: ChecklistScope
  /** The services in scope with their names. */
  services: ServiceRef[]
  /** The programs in scope with their names (empty when every program is in scope). */
  programs: NamedRef[]
  graph: GraphRef
  /** ISO 8601: the only field that differs between two runs on the same graph and scope. */
  generatedAt: string
}

/** Something the customer should obtain to show an inherited claim holds. */
export interface Evidence {
  /** What to obtain, e.g. `FIPS 140-2 certificate #4218`, or the text of the link that points to it. */
  text: string
  /** Where to get it, when the docs link to it. */
  href: string | null
}

/** The compliance claim behind an inherited item, when the item is an attestation. */
export interface Claim {
  program: string
  programName: string
  level: string | null
  certificate: string | null
  since: string | null
}

/** A provider attestation or guarantee the customer inherits. */
export interface InheritedItem {
  /** Attestation id (`type: attestation`) or control id (`type: guarantee`). */
  id: string
  type: 'attestation' | 'guarantee'
  service: string
  topic: string
  /** Id of the control that states it. */
  control: string
  statement: string
  /** Kind of that control (usually `guarantee`). */
  kind: ControlKind
  /** Owner of that control (usually `provider`). */
  owner: Owner
  /** Programs the item names (sorted). */
  programs: string[]
  /** True when the item names no program (kept under a program scope as applying to all). */
  general: boolean
  /** Set for attestations, null for plain guarantees. */
  claim: Claim | null
  /** What to obtain as evidence, only where the docs say so; may be empty. */
  evidence: Evidence[]
  source: Source
  /** The statement on the published page (the service's `sourceUrl`), or null when unknown. */
  url: string | null
  status: ItemStatus
}

/** A customer-owned or shared control: something to do (fields as on the control). */
export interface ActionItem extends Pick<
  Control,
  | 'id'
  | 'service'
  | 'topic'
  | 'section'
  | 'statement'
  | 'kind'
  | 'owner'
  | 'programs'
  | 'origin'
  | 'confidence'
  | 'source'
> {
  /** True when the control names no program: it applies whatever the program. */
  general: boolean
  /** The statement on the published page (the service's `sourceUrl`), or null when unknown. */
  url: string | null
  status: ItemStatus
}

/** The actions of one topic (page), in document order. */
export interface ActionGroup {
  topic: string
  title: string
  service: string
  items: ActionItem[]
}

export interface ChecklistTotals {
  inherited: number
  actions: number
  /** Action items per owner (every owner present, zero when none). */
  byOwner: Record<Owner, number>
  /** Action items per kind (every kind present, zero when none). */
  byKind: Record<ControlKind, number>
}

/** What to do for a service under a program, what is inherited, and where each line comes from. */
export interface Checklist {
  header: ChecklistHeader
  inherited: InheritedItem[]
  actions: ActionGroup[]
  totals: ChecklistTotals
}

export type ChecklistFormat = 'json' | 'markdown' | 'csv' | 'oscal'

export const CHECKLIST_FORMATS: readonly ChecklistFormat[] = ['json', 'markdown', 'csv', 'oscal']
