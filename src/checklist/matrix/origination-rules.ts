import type { MatrixStatement, Origination } from './responsibility-matrix.ts'

/** What the rules look at: the statements mapped to one requirement, by owner. */
export interface RowFacts {
  provider: readonly MatrixStatement[]
  customer: readonly MatrixStatement[]
  shared: readonly MatrixStatement[]
}

export interface OriginationRule {
  origination: Origination
  when(facts: RowFacts): boolean
  /** One sentence for readers of the matrix. */
  explain: string
}

const isEvidence = (s: MatrixStatement) => s.relation === 'evidence'
const offersFeature = (s: MatrixStatement) => s.kind === 'capability'
const any = (list: readonly MatrixStatement[]) => list.length > 0

/**
 * How a row's origination is decided: the first rule whose condition holds wins. A duty split in
 * one statement, or both parties acting, is shared; the provider alone is the service provider
 * (or inherited, when its only statements are attestations an auditor checked); the customer
 * alone configures what the service offers (a capability statement, whoever's), or provides it
 * when the documentation names no feature for it.
 */
export const ORIGINATION_RULES: readonly OriginationRule[] = [
  {
    origination: 'not-addressed',
    when: (f) => !any(f.provider) && !any(f.customer) && !any(f.shared),
    explain: 'Not addressed by the documentation: no statement maps to this requirement.',
  },
  {
    origination: 'shared',
    when: (f) => any(f.shared) || (any(f.customer) && f.provider.some((s) => !offersFeature(s))),
    explain: 'The provider and the customer each carry part of it.',
  },
  {
    origination: 'inherited',
    when: (f) => !any(f.customer) && f.provider.every(isEvidence),
    explain: 'Inherited from the provider’s attested compliance; obtain its report as evidence.',
  },
  {
    origination: 'service-provider',
    when: (f) => !any(f.customer),
    explain: 'The provider implements it; the customer relies on it.',
  },
  {
    // "You can use IAM policies to…" is the service offering a feature for the customer to set up.
    origination: 'customer-configured',
    when: (f) => f.provider.some(offersFeature) || f.customer.some(offersFeature),
    explain: 'The service offers the means; the customer must configure and use them.',
  },
  {
    origination: 'customer-provided',
    when: () => true,
    explain: 'The customer must provide it; the documentation names no provider feature for it.',
  },
]

export function originationOf(facts: RowFacts): OriginationRule {
  return ORIGINATION_RULES.find((rule) => rule.when(facts)) as OriginationRule
}
