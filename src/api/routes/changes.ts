import type {
  ChangeFeed,
  ChangeFilters,
  ChangeNode,
  ChangeQueryError,
  ChangeType,
  FeedEntry,
} from '../../diff/index.ts'
import { renderAtom } from '../../diff/index.ts'
import { decodeCursor, encodeCursor } from '../../support/cursor.ts'
import { HttpError } from '../http-error.ts'
import type { RouteFactory } from '../route.ts'
import type { ValidRequest } from '../validate-request.ts'
import { omitParameters } from '../validate-request.ts'

const ATOM_TYPE = 'application/atom+xml'
/** Permanent feed id prefix (RFC 4151 tag URI); the filters make each filtered feed its own feed. */
const FEED_ID = 'tag:secgraph,2026:changes'

function filtersOf({ query, scope }: ValidRequest): ChangeFilters & { since?: string } {
  return {
    service: scope.service,
    owner: scope.owner,
    program: scope.program,
    type: query.type as ChangeType[] | undefined,
    node: query.node as ChangeNode[] | undefined,
    kind: scope.kind,
    since: query.since as string | undefined,
  }
}

function feedOf(changes: ChangeFeed | undefined): ChangeFeed {
  if (changes) return changes
  throw HttpError.notFound(
    'This server has no baseline to compare with; start it with `secgraph serve --baseline OLD` (a content folder or graph file) to serve changes.',
  )
}

function queryError(error: ChangeQueryError): HttpError {
  switch (error.error) {
    case 'unknown-since':
      return HttpError.invalidParameters([
        {
          name: 'since',
          in: 'query',
          reason: `no graph with content hash ${JSON.stringify(error.since)} was served since the baseline; valid: ${error.known.join(', ')}`,
          invalid: [error.since],
          valid: error.known,
        },
      ])
    case 'invalid-cursor':
      return HttpError.invalidParameters([
        {
          name: 'cursor',
          in: 'query',
          reason: 'belongs to another query or to an older version of the graph',
        },
      ])
    case 'invalid-limit':
      return HttpError.invalidParameters([
        { name: 'limit', in: 'query', reason: `${error.limit} is out of range` },
      ])
  }
}

/** Where an entry points: the node's own resource when it still exists, else the change in the JSON feed. */
function entryUrl(entry: FeedEntry): string {
  const { change } = entry
  if (change.after !== null && change.node === 'control') {
    return `/v1/controls/${encodeURIComponent(change.after.id)}`
  }
  if (change.after !== null && change.node === 'topic') {
    return `/v1/topics/${encodeURIComponent(change.after.id)}`
  }
  return `/v1/changes?since=${encodeURIComponent(entry.from)}#${encodeURIComponent(change.id)}`
}

/**
 * The change feed of `serve --baseline`: what changed from the baseline (or from `since`, any
 * graph served since) to the graph served now, as paged JSON and as an Atom 1.0 feed.
 */
export const changeRoutes: RouteFactory = ({ index, changes }) => [
  {
    path: '/v1/changes',
    handle: (request) => {
      const { query, canonical } = request
      const feed = feedOf(changes)
      const limit = query.limit as number
      const cursor = typeof query.cursor === 'string' ? query.cursor : undefined
      const page = feed.query({ ...filtersOf(request), limit, cursor })
      if ('error' in page) throw queryError(page)
      const given = cursor === undefined ? null : decodeCursor(cursor)
      const prev =
        given !== null && given.offset > 0
          ? encodeCursor({
              offset: Math.max(0, given.offset - limit),
              fingerprint: given.fingerprint,
            })
          : null
      const self = `/v1/changes?${omitParameters(canonical, ['cursor'])}`
      const links = [
        page.nextCursor && `<${self}&cursor=${page.nextCursor}>; rel="next"`,
        prev && `<${self}&cursor=${prev}>; rel="prev"`,
      ].filter(Boolean)
      const body = {
        from: page.from,
        to: page.to,
        baseline: feed.baseline,
        revisions: feed.revisions(),
        total: page.total,
        limit,
        items: page.items,
        next: page.nextCursor,
        prev,
      }
      return {
        body: Buffer.from(JSON.stringify(body)),
        link: links.length > 0 ? links.join(', ') : undefined,
      }
    },
  },
  {
    path: '/v1/changes.atom',
    narrowWith: ['since', 'service', 'owner', 'program', 'type', 'node', 'kind'],
    mediaTypes: [ATOM_TYPE],
    handle: (request) => {
      const feed = feedOf(changes)
      const entries = feed.entries(filtersOf(request))
      const { canonical } = request
      if ('error' in entries) throw queryError(entries)
      const filters = canonical
      const selfUrl = `/v1/changes.atom${filters === '' ? '' : `?${filters}`}`
      const xml = renderAtom(entries, {
        feedId: filters === '' ? FEED_ID : `${FEED_ID}?${filters}`,
        title: 'secgraph: changes in the security documentation',
        selfUrl,
        updated: entries[0]?.updated ?? index.graph.builtAt,
        entryUrl,
      })
      return { body: Buffer.from(xml), contentType: `${ATOM_TYPE}; charset=utf-8` }
    },
  },
]
