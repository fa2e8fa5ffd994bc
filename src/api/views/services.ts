import type { Attestation } from '../../model/attestation.ts'
import type { Service } from '../../model/service.ts'
import type { GraphIndex } from '../graph-index.ts'
import type { ControlStats } from './control-stats.ts'
import { controlStats } from './control-stats.ts'
import type { Href } from './href.ts'
import type { TitleRef } from './refs.ts'
import { titleRef } from './refs.ts'

export interface ServiceSummary extends Service {
  counts: { topics: number; sections: number; controls: number; attestations: number }
}

export interface ServiceDetail extends ServiceSummary {
  controls: ControlStats
  attestations: Attestation[]
  topics: TitleRef[]
  links: Record<string, Href>
}

export function serviceSummary(index: GraphIndex, service: Service): ServiceSummary {
  const id = service.id
  return {
    ...service,
    counts: {
      topics: index.topicsByService.get(id)?.length ?? 0,
      sections: index.sectionsByService.get(id)?.length ?? 0,
      controls: index.controlsByService.get(id)?.length ?? 0,
      attestations: index.attestationsByService.get(id)?.length ?? 0,
    },
  }
}

export function serviceDetail(index: GraphIndex, service: Service): ServiceDetail {
  const id = encodeURIComponent(service.id)
  return {
    ...serviceSummary(index, service),
    controls: controlStats(index.controlsByService.get(service.id) ?? []),
    attestations: index.attestationsByService.get(service.id) ?? [],
    topics: (index.topicsByService.get(service.id) ?? []).map(titleRef),
    links: {
      self: { href: `/v1/services/${id}` },
      controls: { href: `/v1/controls?service=${id}`, title: 'Controls of the service' },
      topics: { href: `/v1/topics?service=${id}&view=tree`, title: 'Topic tree' },
      responsibilities: {
        href: `/v1/responsibilities?service=${id}`,
        title: 'Responsibility matrix',
      },
      graph: { href: `/v1/graph?service=${id}`, title: 'Nodes and edges' },
    },
  }
}
