import {
  CHECKLIST_MEDIA_TYPES,
  createOscalCatalog,
  createOscalComponentDefinition,
  toJson,
} from '../../checklist/index.ts'
import type { Graph } from '../../model/graph.ts'
import { HttpError } from '../http-error.ts'
import type { Representation, RouteFactory } from '../route.ts'
import type { QueryValues } from '../validate-request.ts'
import { attachment, isDownload } from './download.ts'

const OSCAL_TYPE = CHECKLIST_MEDIA_TYPES.oscal
const MEDIA_TYPES = ['application/json', OSCAL_TYPE] as const

/** The services named by `service` (ids or names, any case), or every service; 400 lists the valid ids. */
function servicesOf(graph: Graph, query: QueryValues): string[] | undefined {
  const wanted = query.service as string[] | undefined
  if (wanted === undefined) return undefined
  const invalid: string[] = []
  const found = new Set<string>()
  for (const value of wanted) {
    const lower = value.toLowerCase()
    const service = graph.services.find(
      (s) => s.id.toLowerCase() === lower || s.name.toLowerCase() === lower,
    )
    if (service) found.add(service.id)
    else invalid.push(value)
  }
  if (invalid.length > 0) {
    const valid = graph.services.map((s) => s.id)
    throw HttpError.invalidParameters([
      {
        name: 'service',
        in: 'query',
        reason: `unknown service: ${invalid.map((v) => JSON.stringify(v)).join(', ')}; valid: ${valid.join(', ')}`,
        invalid,
        valid,
      },
    ])
  }
  return graph.services.filter((s) => found.has(s.id)).map((s) => s.id)
}

function representation(
  document: unknown,
  mediaType: string,
  query: QueryValues,
  fileName: string,
): Representation {
  return {
    body: Buffer.from(toJson(document)),
    contentType: `${mediaType}; charset=utf-8`,
    headers: isDownload(query) ? attachment(fileName) : undefined,
  }
}

const stem = (services: string[] | undefined) =>
  services === undefined ? 'secgraph' : services.join('-')

/**
 * OSCAL 1.1.3 exports of the graph: the catalog of every control and the component definition
 * with the provider/customer split. Stamped with the graph's build time so each URL has one body.
 */
export const exportRoutes: RouteFactory = ({ index }) => {
  const { graph } = index
  return [
    {
      path: '/v1/export/oscal/catalog',
      mediaTypes: MEDIA_TYPES,
      narrowWith: ['service'],
      handle: ({ query }, mediaType) => {
        const services = servicesOf(graph, query)
        const catalog = createOscalCatalog(graph, { services, generatedAt: graph.builtAt })
        return representation(catalog, mediaType, query, `${stem(services)}-catalog.oscal.json`)
      },
    },
    {
      path: '/v1/export/oscal/component-definition',
      mediaTypes: MEDIA_TYPES,
      narrowWith: ['service'],
      handle: ({ query }, mediaType) => {
        const services = servicesOf(graph, query)
        const definition = createOscalComponentDefinition(graph, {
          services,
          generatedAt: graph.builtAt,
        })
        return representation(
          definition,
          mediaType,
          query,
          `${stem(services)}-component-definition.oscal.json`,
        )
      },
    },
  ]
}
