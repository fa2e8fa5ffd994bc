import { compareRequirementIds } from '../../model/compare-requirement-ids.ts'
import type { Requirement } from '../../model/requirement.ts'
import { shortHash } from '../../model/short-hash.ts'
import { requirementsOf, resolveScope } from '../../scope/index.ts'
import { encodeCursor } from '../../support/cursor.ts'
import { cursorOffset } from '../cursor-offset.ts'
import { HttpError } from '../http-error.ts'
import { createMemo } from '../../support/create-memo.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { omitParameters } from '../validate-request.ts'
import {
  controlsByRequirement,
  requirementDetail,
  requirementFacets,
  requirementSummary,
} from '../views/requirements.ts'

/**
 * The requirement catalog the controls are mapped to (NIST SP 800-53 Rev. 5): filtered by
 * catalog, family and baseline, paged like `/v1/controls`; one requirement with the controls
 * mapped to it (and to its enhancements) grouped by owner.
 */
export const requirementRoutes: RouteFactory = ({ index }) => {
  const { graph } = index
  // A graph file written before the catalog was kept in natural order still lists AC-2 before AC-17.
  const requirements = [...requirementsOf(graph)].sort((a, b) => compareRequirementIds(a.id, b.id))
  // Built by the first request that needs it, not at start (a scan of every control's mappings).
  let byRequirement: ReturnType<typeof controlsByRequirement> | undefined
  const mapped = () => (byRequirement ??= controlsByRequirement(index))
  const enhancements = new Map<string, Requirement[]>()
  for (const r of requirements) {
    if (r.parent === null) continue
    const list = enhancements.get(r.parent)
    if (list) list.push(r)
    else enhancements.set(r.parent, [r])
  }
  const details = new Map<string, Representation>()
  const sets = createMemo<{ items: Requirement[]; fingerprint: string; facets?: string }>(128)

  return [
    {
      path: '/v1/requirements',
      handle: ({ query, canonical, scope }) => {
        const setKey = omitParameters(canonical, ['cursor', 'limit', 'facets'])
        const set = sets(setKey, () => ({
          items: requirements.filter(
            (r) =>
              (!scope.catalog || scope.catalog.includes(r.catalog)) &&
              (!scope.family || scope.family.includes(r.family)) &&
              (!scope.baseline || r.baselines.some((b) => scope.baseline?.includes(b))),
          ),
          fingerprint: shortHash(`${graph.contentHash}\nrequirements\n${setKey}`, 16),
        }))
        const limit = query.limit as number
        const offset = cursorOffset(query.cursor, set.fingerprint)
        const total = set.items.length
        const next =
          offset + limit < total
            ? encodeCursor({ offset: offset + limit, fingerprint: set.fingerprint })
            : null
        const prev =
          offset > 0
            ? encodeCursor({ offset: Math.max(0, offset - limit), fingerprint: set.fingerprint })
            : null
        const body: Record<string, unknown> = {
          items: set.items
            .slice(offset, offset + limit)
            .map((r) => requirementSummary(r, mapped())),
          total,
          limit,
          next,
          prev,
        }
        if (query.facets === true) body.facets = requirementFacets(set.items)
        const self = `/v1/requirements?${omitParameters(canonical, ['cursor'])}`
        const links = [
          next && `<${self}&cursor=${next}>; rel="next"`,
          prev && `<${self}&cursor=${prev}>; rel="prev"`,
        ].filter(Boolean)
        return { ...json(body), link: links.length > 0 ? links.join(', ') : undefined }
      },
    },
    {
      path: '/v1/requirements/{requirementId}',
      handle: ({ path }) => {
        const given = path.requirementId ?? ''
        // The path takes the same spellings as `requirement=`: `SC-28`, `sc-28`, the full id.
        const resolved = resolveScope(graph, { requirement: given })
        const id = resolved.ok ? resolved.scope.requirement?.[0] : undefined
        const requirement = id === undefined ? undefined : requirements.find((r) => r.id === id)
        if (!requirement) throw HttpError.notFound(`No requirement with id '${given}'.`)
        let detail = details.get(requirement.id)
        if (!detail) {
          detail = json(
            requirementDetail(
              requirement,
              enhancements.get(requirement.id) ?? [],
              mapped(),
              index.controlOrder,
            ),
          )
          details.set(requirement.id, detail)
        }
        return detail
      },
    },
  ]
}
