import type { Attestation } from '../../model/attestation.ts'

/**
 * Attestation ids in order of appearance: `<service>.<program>`, then `-2`, `-3`… for further
 * claims of the same program.
 */
export function numberAttestations(attestations: Attestation[]): Attestation[] {
  const seen = new Map<string, number>()
  return attestations.map((attestation) => {
    const base = `${attestation.service}.${attestation.program}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { ...attestation, id: n === 1 ? base : `${base}-${n}` }
  })
}
