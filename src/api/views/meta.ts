import type { Diagnostic } from '../../model/diagnostic.ts'
import type { GraphIndex } from '../graph-index.ts'
import type { ControlStats } from './control-stats.ts'
import { controlStats } from './control-stats.ts'
import type { ServiceSummary } from './services.ts'
import { serviceSummary } from './services.ts'

/** Error diagnostics listed in full in /v1/meta; the rest are only counted. */
const MAX_LISTED_DIAGNOSTICS = 100

export interface Meta {
  schemaVersion: number
  contentHash: string
  builtAt: string
  counts: Record<
    | 'services'
    | 'topics'
    | 'sections'
    | 'controls'
    | 'programs'
    | 'attestations'
    | 'links'
    | 'diagnostics',
    number
  >
  controls: ControlStats
  services: ServiceSummary[]
  diagnostics: {
    errors: number
    warnings: number
    byCode: Record<string, number>
    items: Diagnostic[]
  }
}

export function meta(index: GraphIndex): Meta {
  const { graph } = index
  const byCode = new Map<string, number>()
  for (const d of graph.diagnostics) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1)
  const errors = graph.diagnostics.filter((d) => d.severity === 'error')
  return {
    schemaVersion: graph.schemaVersion,
    contentHash: graph.contentHash,
    builtAt: graph.builtAt,
    counts: {
      services: graph.services.length,
      topics: graph.topics.length,
      sections: graph.sections.length,
      controls: graph.controls.length,
      programs: graph.programs.length,
      attestations: graph.attestations.length,
      links: graph.links.length,
      diagnostics: graph.diagnostics.length,
    },
    controls: controlStats(graph.controls),
    services: graph.services.map((s) => serviceSummary(index, s)),
    diagnostics: {
      errors: errors.length,
      warnings: graph.diagnostics.length - errors.length,
      byCode: Object.fromEntries([...byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      items: errors.slice(0, MAX_LISTED_DIAGNOSTICS),
    },
  }
}
