import type { ControlKind, Owner } from '../../model/control.ts'

export const OWNER_LABELS: Record<Owner, string> = {
  provider: 'Provider',
  customer: 'Customer',
  shared: 'Shared',
}

export const KIND_LABELS: Record<ControlKind, string> = {
  requirement: 'Requirement',
  recommendation: 'Recommendation',
  guarantee: 'Guarantee',
  capability: 'Capability',
}
