import type { ChecklistFormat, MatrixFormat } from '../../checklist/index.ts'
import {
  CHECKLIST_FORMATS,
  CHECKLIST_MEDIA_TYPES,
  checklistScope,
  createChecklist,
  createResponsibilityMatrix,
  renderChecklist,
  renderMatrix,
} from '../../checklist/index.ts'
import type { ResolvedScope } from '../../scope/index.ts'
import { HttpError } from '../http-error.ts'
import type { InvalidParam } from '../http-error.ts'
import { scopeIssues } from '../resolve-request-scope.ts'
import type { RouteFactory } from '../route.ts'
import { attachment, isDownload } from './download.ts'

const FORMAT_BY_MEDIA_TYPE = new Map(
  CHECKLIST_FORMATS.map((f) => [CHECKLIST_MEDIA_TYPES[f], f] as const),
)

/** `format` values: the checklist's, plus CSV with a byte order mark for spreadsheets. */
const FORMAT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  ...CHECKLIST_MEDIA_TYPES,
  'csv-bom': CHECKLIST_MEDIA_TYPES.csv,
}

/** Parameters that choose checklist actions; a matrix lists every party's statements instead. */
const NOT_WITH_BASELINE = ['program', 'owner', 'kind', 'general'] as const

const BOM = '\uFEFF'

/** The matrix needs one baseline and none of the action filters; every conflict is listed. */
function matrixConflicts(scope: ResolvedScope): InvalidParam[] {
  const issues: InvalidParam[] = NOT_WITH_BASELINE.filter((n) => scope[n] !== undefined).map(
    (name) => ({
      name,
      in: 'query',
      reason: 'does not apply with baseline: the matrix lists every party’s statements',
    }),
  )
  if ((scope.baseline?.length ?? 0) > 1) {
    issues.push({ name: 'baseline', in: 'query', reason: 'one baseline at a time' })
  }
  return issues
}

/**
 * `GET /v1/checklists`: the checklist of a scope or, with `baseline`, the customer responsibility
 * matrix of that baseline, in the format named by `format` or, without it, negotiated from
 * `Accept`. Stamped with the graph's build time, not the request time, so each URL has one
 * representation (ETags and the response cache rely on that).
 */
export const checklistRoutes: RouteFactory = ({ index, sourceBaseUrl }) => {
  const { graph } = index
  return [
    {
      path: '/v1/checklists',
      narrowWith: ['service', 'program', 'owner', 'topic', 'kind', 'baseline'],
      mediaTypes: CHECKLIST_FORMATS.map((f) => CHECKLIST_MEDIA_TYPES[f]),
      formatParameter: { name: 'format', mediaTypes: FORMAT_MEDIA_TYPES },
      handle: ({ query, scope }, mediaType) => {
        const named = typeof query.format === 'string' ? query.format : undefined
        const format: ChecklistFormat = FORMAT_BY_MEDIA_TYPE.get(mediaType) ?? 'json'
        const bom = named === 'csv-bom'
        const result = checklistScope(graph, scope)
        if (!result.ok) throw HttpError.invalidParameters(scopeIssues(result.errors))
        const generatedAt = graph.builtAt
        let rendered
        if (scope.baseline !== undefined) {
          const conflicts = matrixConflicts(scope)
          if (conflicts.length > 0) throw HttpError.invalidParameters(conflicts)
          const matrix = createResponsibilityMatrix(
            graph,
            {
              baseline: scope.baseline[0] as string,
              services: result.scope.services,
              topics: result.scope.topics,
            },
            { generatedAt },
          )
          const matrixFormat: MatrixFormat = bom ? 'csv-bom' : (format as MatrixFormat)
          rendered = renderMatrix(matrix, matrixFormat, { sourceBaseUrl })
        } else {
          const checklist = createChecklist(graph, result.scope, { generatedAt })
          rendered = renderChecklist(checklist, format, { sourceBaseUrl })
          if (bom) rendered = { ...rendered, body: BOM + rendered.body }
        }
        return {
          body: Buffer.from(rendered.body),
          contentType: rendered.contentType,
          headers: isDownload(query) ? attachment(rendered.fileName) : undefined,
        }
      },
    },
  ]
}
