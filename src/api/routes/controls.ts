import type { explainControl } from '../../compile/index.ts'
import type { Control } from '../../model/control.ts'
import { coverageOf, mappingsOf, requirementFamily, supportsOf } from '../../scope/index.ts'
import type { ResolvedScope } from '../../scope/index.ts'
import { shortHash } from '../../model/short-hash.ts'
import type { ControlFilters, ScoredId } from '../../search/index.ts'
import { encodeCursor } from '../../support/cursor.ts'
import { cursorOffset } from '../cursor-offset.ts'
import { HttpError } from '../http-error.ts'
import { createMemo } from '../../support/create-memo.ts'
import { onDemand } from '../on-demand.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import type { ValidRequest } from '../validate-request.ts'
import { omitParameters } from '../validate-request.ts'
import { controlDetail } from '../views/control-detail.ts'
import { computeFacets } from '../views/facets.ts'
import type { Match } from '../views/facets.ts'

/** Parameters that page through or decorate a result set without changing it. */
const PAGING_PARAMETERS = ['cursor', 'limit', 'facets'] as const

const ITEMS_START = Buffer.from('{"items":[')
const COMMA = Buffer.from(',')

interface ResultSet {
  hits: ScoredId[]
  /** Identifies the set in its cursors. */
  fingerprint: string
  /** Serialized facets, computed on first request. */
  facets?: string
  /** Serialized highlighted snippets by control id, computed as pages are first shown. */
  snippets: Map<string, string>
}

/** The filters the search index applies; programs, requirements and baselines are matched after it. */
function filtersOf(scope: ResolvedScope): ControlFilters {
  return {
    service: scope.service,
    topic: scope.topic,
    owner: scope.owner,
    kind: scope.kind,
    origin: scope.origin,
  }
}

/**
 * How a control answers `program`: `named` when its text names one of the programs, `mapped` when
 * it reaches one through its requirements (FedRAMP Moderate through SC-28), else null.
 */
function matchOf(control: Control, programs: readonly string[]): Match | null {
  if (control.programs.some((p) => programs.includes(p))) return 'named'
  if (supportsOf(control).some((p) => programs.includes(p))) return 'mapped'
  return null
}

/** Filtering without a search index: AND across filters, OR within one (same rule as the index). */
function matches(control: Control, f: ControlFilters): boolean {
  return (
    (!f.service || f.service.includes(control.service)) &&
    (!f.topic || f.topic.includes(control.topic)) &&
    (!f.owner || f.owner.includes(control.owner)) &&
    (!f.kind || f.kind.includes(control.kind)) &&
    (!f.origin || f.origin.includes(control.origin))
  )
}

export const controlRoutes: RouteFactory = ({ index, search }) => {
  let explain: typeof explainControl | undefined
  const { graph } = index
  // Each control is serialized and encoded once, when a page first shows it; pages are assembled
  // from these buffers (copying bytes is cheaper than encoding a whole page's text per request).
  const serialized = onDemand((id) => {
    const control = index.controls.get(id)
    return control && Buffer.from(JSON.stringify(control))
  })
  // Rendered on first request, not here: related controls make rendering all of them
  // O(controls × controls per program), minutes of startup for 100k controls.
  const details = new Map<string, Representation>()
  const results = createMemo<ResultSet>(512)
  const fingerprintOf = (setKey: string) => shortHash(`${graph.contentHash}\n${setKey}`, 16)
  results('', () => ({
    hits: graph.controls.map((c) => ({ id: c.id, score: 0 })),
    fingerprint: fingerprintOf(''),
    snippets: new Map(),
  }))

  const filterByScope = (scope: ResolvedScope, hits: ScoredId[]): ScoredId[] => {
    const programs = scope.program
    const requirements = scope.requirement && requirementFamily(graph, scope.requirement)
    const baselines = scope.baseline
    if (!programs && !requirements && !baselines) return hits
    return hits.filter((hit) => {
      const control = index.controls.get(hit.id) as Control
      if (programs && matchOf(control, programs) === null) return false
      if (baselines && !supportsOf(control).some((b) => baselines.includes(b))) return false
      return !requirements || mappingsOf(control).some((m) => requirements.has(m.requirement))
    })
  }

  /** Each program's requirement-level coverage: null means only controls naming it can match. */
  const coverageByProgram = (programs: readonly string[]) =>
    Object.fromEntries(
      programs.map((id) => {
        const program = index.programs.get(id)
        return [id, program ? coverageOf(program) : null]
      }),
    )

  const select = (scope: ResolvedScope, q: string, sort: string): ScoredId[] => {
    const filters = filtersOf(scope)
    if (search) {
      const hits = filterByScope(scope, search.controls(q === '' ? { filters } : { q, filters }))
      if (sort !== 'document' || q === '') return hits
      const order = index.controlOrder
      return [...hits].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    }
    if (q !== '') {
      throw new HttpError('searchUnavailable', 'This server runs without a search index; omit q.')
    }
    const all = graph.controls
      .filter((c) => matches(c, filters))
      .map((c) => ({ id: c.id, score: 0 }))
    return filterByScope(scope, all)
  }

  const page = ({ query, canonical, scope }: ValidRequest): Representation => {
    const q = typeof query.q === 'string' ? query.q.trim() : ''
    const sort = typeof query.sort === 'string' ? query.sort : q === '' ? 'document' : 'relevance'
    const limit = query.limit as number
    const setKey = omitParameters(canonical, PAGING_PARAMETERS)
    const set = results(setKey, () => ({
      hits: select(scope, q, sort),
      fingerprint: fingerprintOf(setKey),
      snippets: new Map(),
    }))
    const fingerprint = set.fingerprint
    const programs = scope.program
    const offset = cursorOffset(query.cursor, fingerprint)
    const total = set.hits.length
    const parts: Buffer[] = [ITEMS_START]
    for (const [i, hit] of set.hits.slice(offset, offset + limit).entries()) {
      if (i > 0) parts.push(COMMA)
      const base = serialized(hit.id) as Buffer
      let extra = ''
      if (programs) {
        extra += `,"match":"${matchOf(index.controls.get(hit.id) as Control, programs)}"`
      }
      if (q !== '' && search) {
        const score = Number.isFinite(hit.score) ? hit.score : 0
        let snippet = set.snippets.get(hit.id)
        if (snippet === undefined) {
          const control = index.controls.get(hit.id) as Control
          snippet = JSON.stringify(search.highlight(control.statement, q))
          set.snippets.set(hit.id, snippet)
        }
        extra += `,"score":${score},"snippet":${snippet}`
      }
      if (extra === '') {
        parts.push(base)
        continue
      }
      // The control's object minus its closing brace, then the members only hits have.
      parts.push(base.subarray(0, base.length - 1), Buffer.from(`${extra}}`))
    }
    const next =
      offset + limit < total ? encodeCursor({ offset: offset + limit, fingerprint }) : null
    const prev =
      offset > 0 ? encodeCursor({ offset: Math.max(0, offset - limit), fingerprint }) : null
    let facets = ''
    if (query.facets === true) {
      set.facets ??= JSON.stringify(
        computeFacets(
          index,
          set.hits.map((h) => index.controls.get(h.id) as Control),
          programs,
        ),
      )
      facets = `,"facets":${set.facets}`
    }
    parts.push(
      Buffer.from(
        `],"total":${total},"limit":${limit},"sort":"${sort}",` +
          `"next":${JSON.stringify(next)},"prev":${JSON.stringify(prev)}${facets}` +
          `${programs ? `,"coverage":${JSON.stringify(coverageByProgram(programs))}` : ''}}`,
      ),
    )
    const self = `/v1/controls?${omitParameters(canonical, ['cursor'])}`
    const links = [
      next && `<${self}&cursor=${next}>; rel="next"`,
      prev && `<${self}&cursor=${prev}>; rel="prev"`,
    ].filter(Boolean)
    return { body: Buffer.concat(parts), link: links.length > 0 ? links.join(', ') : undefined }
  }

  return [
    { path: '/v1/controls', handle: page },
    {
      path: '/v1/controls/{controlId}',
      // The explanation needs the rule table: the compiler, loaded by the first detail asked for
      // rather than at every start.
      prepare: async () => {
        explain ??= (await import('../../compile/index.ts')).explainControl
      },
      handle: ({ path }) => {
        const id = path.controlId ?? ''
        let detail = details.get(id)
        if (!detail) {
          const control = index.controls.get(id)
          if (!control) throw HttpError.notFound(`No control with id '${path.controlId}'.`)
          if (!explain) throw new Error('the control detail ran before its prepare hook')
          detail = json(controlDetail(index, control, explain))
          details.set(id, detail)
        }
        return detail
      },
    },
  ]
}
