/** How a compliance program is established. */
export type ProgramKind = 'certification' | 'attestation' | 'standard' | 'regulation' | 'framework'

export const PROGRAM_KINDS: readonly ProgramKind[] = [
  'certification',
  'attestation',
  'standard',
  'regulation',
  'framework',
]

/** A compliance program from the vocabulary (`content/programs.yml`). */
export interface Program {
  /** Canonical id, e.g. `pci-dss`. */
  id: string
  /** Display name, e.g. `PCI DSS`. */
  name: string
  /** Other spellings that name it in prose, e.g. `PCI-DSS`, `Payment Card Industry Data Security Standard`. */
  aliases: string[]
  /** Certification, attestation, standard, regulation or framework. */
  kind: ProgramKind
  /** Body that issues or governs it. */
  issuer: string
  /** Where to read about it. */
  url: string
}
