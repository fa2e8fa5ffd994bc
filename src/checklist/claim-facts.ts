import type { Claim } from './checklist.ts'

/** What a claim states besides its program, e.g. `Level 3`, `certificate #4218`, `since May 2024`. */
export function claimFacts(claim: Pick<Claim, 'level' | 'certificate' | 'since'>): string[] {
  return [
    claim.level,
    claim.certificate === null ? null : `certificate #${claim.certificate}`,
    claim.since === null ? null : `since ${claim.since}`,
  ].filter((fact): fact is string => fact !== null && fact.trim() !== '')
}
