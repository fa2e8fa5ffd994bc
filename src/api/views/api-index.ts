import type { Graph } from '../../model/graph.ts'
import type { Href } from './href.ts'

export interface ApiIndex {
  name: 'secgraph'
  apiVersion: 'v1'
  contentHash: string
  links: Record<string, Href>
}

export function apiIndex(graph: Graph): ApiIndex {
  return {
    name: 'secgraph',
    apiVersion: 'v1',
    contentHash: graph.contentHash,
    links: {
      self: { href: '/v1' },
      meta: { href: '/v1/meta', title: 'Build information and counts' },
      services: { href: '/v1/services', title: 'Services' },
      service: { href: '/v1/services/{serviceId}', title: 'One service', templated: true },
      topics: { href: '/v1/topics{?service,view}', title: 'Topics', templated: true },
      topic: { href: '/v1/topics/{topicId}', title: 'One topic', templated: true },
      controls: {
        href: '/v1/controls{?q,service,topic,owner,kind,program,origin,sort,limit,cursor,facets}',
        title: 'Search and filter controls',
        templated: true,
      },
      control: { href: '/v1/controls/{controlId}', title: 'One control', templated: true },
      programs: { href: '/v1/programs', title: 'Compliance programs' },
      program: { href: '/v1/programs/{programId}', title: 'One program', templated: true },
      responsibilities: {
        href: '/v1/responsibilities{?service,owner}',
        title: 'Shared-responsibility matrix',
        templated: true,
      },
      search: {
        href: '/v1/search{?q,type,limit}',
        title: 'Search across node types',
        templated: true,
      },
      graph: { href: '/v1/graph{?service}', title: 'Nodes and edges', templated: true },
      openapi: { href: '/openapi.json', title: 'OpenAPI document' },
      health: { href: '/healthz', title: 'Liveness' },
      ready: { href: '/readyz', title: 'Readiness' },
    },
  }
}
