import type { Graph } from '../../model/graph.ts'
import type { Href } from './href.ts'

export interface ApiIndex {
  name: 'secgraph'
  apiVersion: 'v1'
  contentHash: string
  links: Record<string, Href>
}

/**
 * Links to every resource this server answers. The change feed is linked only when one is
 * configured (`serve --baseline`): without it both paths answer 404, and a client following the
 * index should never be sent to a 404.
 */
export function apiIndex(graph: Graph, options: { changes?: boolean } = {}): ApiIndex {
  const changes: Record<string, Href> = options.changes
    ? {
        changes: {
          href: '/v1/changes{?since,service,owner,program,type,node,kind,limit,cursor}',
          title: 'Changes against the baseline graph and across reloads',
          templated: true,
        },
        changesAtom: {
          href: '/v1/changes.atom{?since,service,owner,program,type,node,kind}',
          title: 'The changes as an Atom feed',
          templated: true,
        },
      }
    : {}
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
      checklists: {
        href: '/v1/checklists{?service,program,owner,topic,kind,general,format,download}',
        title: 'Compliance checklist of a scope (JSON, Markdown, CSV, OSCAL)',
        templated: true,
      },
      oscalCatalog: {
        href: '/v1/export/oscal/catalog{?service,download}',
        title: 'OSCAL catalog of the controls',
        templated: true,
      },
      oscalComponentDefinition: {
        href: '/v1/export/oscal/component-definition{?service,download}',
        title: 'OSCAL component definition (provider and customer responsibilities)',
        templated: true,
      },
      ...changes,
      openapi: { href: '/openapi.json', title: 'OpenAPI document' },
      health: { href: '/healthz', title: 'Liveness' },
      ready: { href: '/readyz', title: 'Readiness' },
    },
  }
}
