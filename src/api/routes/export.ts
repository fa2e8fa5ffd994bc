import {
  CHECKLIST_MEDIA_TYPES,
  createOscalCatalog,
  createOscalComponentDefinition,
  toJson,
} from '../../checklist/index.ts'
import type { Representation, RouteFactory } from '../route.ts'
import type { QueryValues } from '../validate-request.ts'
import { attachment, isDownload } from './download.ts'

const OSCAL_TYPE = CHECKLIST_MEDIA_TYPES.oscal
const MEDIA_TYPES = ['application/json', OSCAL_TYPE] as const

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
export const exportRoutes: RouteFactory = ({ index, sourceBaseUrl }) => {
  const { graph } = index
  return [
    {
      path: '/v1/export/oscal/catalog',
      mediaTypes: MEDIA_TYPES,
      narrowWith: ['service'],
      handle: ({ query, scope }, mediaType) => {
        const services = scope.service
        const catalog = createOscalCatalog(graph, {
          services,
          generatedAt: graph.builtAt,
          sourceBaseUrl,
        })
        return representation(catalog, mediaType, query, `${stem(services)}-catalog.oscal.json`)
      },
    },
    {
      path: '/v1/export/oscal/component-definition',
      mediaTypes: MEDIA_TYPES,
      narrowWith: ['service'],
      handle: ({ query, scope }, mediaType) => {
        const services = scope.service
        const definition = createOscalComponentDefinition(graph, {
          services,
          generatedAt: graph.builtAt,
          sourceBaseUrl,
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
