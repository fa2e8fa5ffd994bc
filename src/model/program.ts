/** How a compliance program is established. */
export type ProgramKind =
  'certification' | 'attestation' | 'standard' | 'regulation' | 'framework' | 'baseline'

export const PROGRAM_KINDS: readonly ProgramKind[] = [
  'certification',
  'attestation',
  'standard',
  'regulation',
  'framework',
  'baseline',
]

/**
 * How controls reach a program through catalog requirements: the program is a baseline of the
 * catalog, or a published mapping relates the catalog's requirements to the program's.
 */
export interface ProgramCoverage {
  /** Catalog id, e.g. `nist-800-53-r5`. */
  catalog: string
  via: 'baseline' | 'mapping'
}

/** A compliance program from the vocabulary (`content/programs.yml`). */
export interface Program {
  /** Canonical id, e.g. `pci-dss`. */
  id: string
  /** Display name, e.g. `PCI DSS`. */
  name: string
  /** Other spellings that name it in prose, e.g. `PCI-DSS`, `Payment Card Industry Data Security Standard`. */
  aliases: string[]
  /** Certification, attestation, standard, regulation, framework or a catalog baseline. */
  kind: ProgramKind
  /** Body that issues or governs it. */
  issuer: string
  /** Where to read about it. */
  url: string
  /**
   * How controls reach it through requirements (derived from the shipped catalogs); null when no
   * requirement-level data exists for it (PCI DSS, SOC 2, …): only statements naming it count.
   */
  coverage: ProgramCoverage | null
}
