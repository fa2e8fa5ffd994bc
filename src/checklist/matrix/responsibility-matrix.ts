import type { ControlKind, Owner } from '../../model/control.ts'
import type { Relation } from '../../model/requirement.ts'
import type { Source } from '../../model/source.ts'
import type { GraphRef, NamedRef, ServiceRef } from '../checklist.ts'

/**
 * Who originates a requirement's implementation, in FedRAMP's control-origination vocabulary
 * (service provider, configured by customer, provided by customer, shared, inherited), plus
 * `not-addressed` when no statement of the documentation maps to the requirement.
 */
export type Origination =
  | 'service-provider'
  | 'customer-configured'
  | 'customer-provided'
  | 'shared'
  | 'inherited'
  | 'not-addressed'

export const ORIGINATIONS: readonly Origination[] = [
  'service-provider',
  'customer-configured',
  'customer-provided',
  'shared',
  'inherited',
  'not-addressed',
]

/** A statement of the documentation that addresses a requirement: the evidence of a row. */
export interface MatrixStatement {
  control: string
  service: string
  statement: string
  kind: ControlKind
  owner: Owner
  relation: Relation
  confidence: number
  source: Source
  /** The statement on the published page (the service's `sourceUrl`), or null when unknown. */
  url: string | null
}

/** One requirement of the baseline: who does what, with the statements that say so. */
export interface MatrixRow {
  /** `controlId` is the catalog's own id (`sc-28`), as OSCAL references it. */
  requirement: { id: string; controlId: string; label: string; title: string; family: string }
  origination: Origination
  /** Why this origination, in a sentence (from the rule that decided it). */
  reason: string
  /** What the provider does (provider-owned statements). */
  provider: MatrixStatement[]
  /** What the customer must do (customer-owned statements). */
  customer: MatrixStatement[]
  /** Statements that split the duty (shared-owned). */
  shared: MatrixStatement[]
}

export interface ResponsibilityMatrix {
  header: {
    /** e.g. `AWS CloudHSM: FedRAMP Moderate customer responsibility matrix`. */
    title: string
    baseline: NamedRef
    catalog: string
    services: ServiceRef[]
    /** Topics the statements were taken from; empty = every topic. */
    topics: string[]
    graph: GraphRef
    generatedAt: string
  }
  rows: MatrixRow[]
  totals: { requirements: number; addressed: number; byOrigination: Record<Origination, number> }
}
