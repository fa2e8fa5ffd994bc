/**
 * A name that documentation uses for several programs at once, or for the usual member of a
 * family, without naming one: "SOC" means the three SOC reports, "PCI" alone means PCI DSS
 * (LABELING.md). Ids missing from the vocabulary in use are ignored.
 */
export interface ProgramUmbrella {
  spelling: string
  programs: readonly string[]
  /**
   * A bare acronym that also names other things ("SOC" a security operations centre, "PCI" a
   * bus): it counts only next to another program's name or before a compliance word.
   */
  bare: boolean
}

const SOC = ['soc-1', 'soc-2', 'soc-3'] as const

export const PROGRAM_UMBRELLAS: readonly ProgramUmbrella[] = [
  { spelling: 'System and Organization Controls', programs: SOC, bare: false },
  { spelling: 'Service Organization Controls', programs: SOC, bare: false },
  { spelling: 'SOC', programs: SOC, bare: true },
  { spelling: 'Payment Card Industry', programs: ['pci-dss'], bare: false },
  { spelling: 'PCI', programs: ['pci-dss'], bare: true },
]

/** Words after a bare acronym that make it a program's name ("SOC reports", "PCI compliance"). */
export const COMPLIANCE_AFTER =
  /^[\s-]*(?:reports?|audits?|attestations?|compliance|compliant|certified|certification|controls|requirements|programs?|scope)\b/i
