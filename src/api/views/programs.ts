import type { Attestation } from '../../model/attestation.ts'
import type { Owner } from '../../model/control.ts'
import type { Program } from '../../model/program.ts'
import type { GraphIndex } from '../graph-index.ts'
import { controlStats } from './control-stats.ts'

export interface ProgramSummary extends Program {
  counts: { controls: number; attestations: number; services: number }
}

export interface ProgramDetail extends ProgramSummary {
  attestations: { service: { id: string; name: string }; items: Attestation[] }[]
  controls: {
    total: number
    byOwner: Record<Owner, number>
    byService: Record<string, number>
    href: string
  }
}

export function programSummary(index: GraphIndex, program: Program): ProgramSummary {
  const attestations = index.attestationsByProgram.get(program.id) ?? []
  return {
    ...program,
    counts: {
      controls: index.controlsByProgram.get(program.id)?.length ?? 0,
      attestations: attestations.length,
      services: new Set(attestations.map((a) => a.service)).size,
    },
  }
}

export function programDetail(index: GraphIndex, program: Program): ProgramDetail {
  const attestations = index.attestationsByProgram.get(program.id) ?? []
  const controls = index.controlsByProgram.get(program.id) ?? []
  const byService: Record<string, number> = {}
  for (const service of index.services.keys()) {
    const count = controls.filter((c) => c.service === service).length
    if (count > 0) byService[service] = count
  }
  return {
    ...programSummary(index, program),
    attestations: [...index.services.values()]
      .map((service) => ({
        service: { id: service.id, name: service.name },
        items: attestations.filter((a) => a.service === service.id),
      }))
      .filter((group) => group.items.length > 0),
    controls: {
      total: controls.length,
      byOwner: controlStats(controls).byOwner,
      byService,
      href: `/v1/controls?program=${encodeURIComponent(program.id)}`,
    },
  }
}
