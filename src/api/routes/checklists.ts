import type { ChecklistFormat } from '../../checklist/index.ts'
import {
  CHECKLIST_FORMATS,
  CHECKLIST_MEDIA_TYPES,
  createChecklist,
  checklistScope,
  renderChecklist,
} from '../../checklist/index.ts'
import { HttpError } from '../http-error.ts'
import type { RouteFactory } from '../route.ts'
import { attachment, isDownload } from './download.ts'
import { scopeIssues } from '../resolve-request-scope.ts'

const FORMAT_BY_MEDIA_TYPE = new Map(
  CHECKLIST_FORMATS.map((f) => [CHECKLIST_MEDIA_TYPES[f], f] as const),
)

/**
 * `GET /v1/checklists`: the checklist of a scope in the format named by `format` or, without it,
 * negotiated from `Accept`. The checklist is stamped with the graph's build time, not the request
 * time, so each URL has one representation (ETags and the response cache rely on that).
 */
export const checklistRoutes: RouteFactory = ({ index }) => {
  const { graph } = index
  return [
    {
      path: '/v1/checklists',
      narrowWith: ['service', 'program', 'owner', 'topic', 'kind'],
      mediaTypes: CHECKLIST_FORMATS.map((f) => CHECKLIST_MEDIA_TYPES[f]),
      formatParameter: { name: 'format', mediaTypes: CHECKLIST_MEDIA_TYPES },
      handle: ({ query, scope }, mediaType) => {
        const result = checklistScope(graph, scope)
        if (!result.ok) throw HttpError.invalidParameters(scopeIssues(result.errors))
        const format: ChecklistFormat = FORMAT_BY_MEDIA_TYPE.get(mediaType) ?? 'json'
        const checklist = createChecklist(graph, result.scope, { generatedAt: graph.builtAt })
        const rendered = renderChecklist(checklist, format)
        return {
          body: Buffer.from(rendered.body),
          contentType: rendered.contentType,
          headers: isDownload(query) ? attachment(rendered.fileName) : undefined,
        }
      },
    },
  ]
}
