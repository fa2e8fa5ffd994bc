import type { Graph } from '../../model/graph.ts'
import { shortHash } from '../../model/short-hash.ts'
import type { GraphDiff } from '../change.ts'
import { diffGraphs } from '../diff-graphs.ts'
import type {
  ChangeFeed,
  ChangeFilters,
  ChangePage,
  ChangeQuery,
  ChangeQueryError,
  FeedEntry,
} from './change-feed.ts'
import { matchesFilters } from './filter-changes.ts'
import { MAX_LIMIT, paginate } from './paginate.ts'

export interface ChangeFeedOptions {
  /** Graphs kept besides the baseline and the current one; the oldest reloads are forgotten first. */
  maxRevisions?: number
}

/**
 * The change feed of `serve --baseline`: the baseline graph, the current graph, and (with
 * `--watch`) every reload in between, so `since=<contentHash>` of any of them is answered by a diff
 * from that graph to the current one. Diffs are computed on first use and memoised per revision.
 */
export function createChangeFeed(
  baseline: Graph,
  current: Graph,
  options: ChangeFeedOptions = {},
): ChangeFeed {
  const maxRevisions = options.maxRevisions ?? 20
  // Oldest first; the baseline (index 0) is never dropped. Content that comes back to an earlier
  // version is simply appended again: `since` finds the first graph with the hash, same content.
  let graphs: Graph[] =
    baseline.contentHash === current.contentHash ? [current] : [baseline, current]
  const diffs = new Map<string, GraphDiff>()

  const latest = (): Graph => graphs[graphs.length - 1] ?? current

  function diffFrom(since: string): GraphDiff | ChangeQueryError {
    const from = graphs.find((g) => g.contentHash === since)
    if (from === undefined) {
      return { error: 'unknown-since', since, known: graphs.map((g) => g.contentHash) }
    }
    const to = latest()
    const key = `${from.contentHash}..${to.contentHash}`
    let diff = diffs.get(key)
    if (diff === undefined) {
      diff = diffGraphs(from, to)
      diffs.set(key, diff)
    }
    return diff
  }

  function entries(
    filters: ChangeFilters & { since?: string } = {},
  ): FeedEntry[] | ChangeQueryError {
    const diff = diffFrom(filters.since ?? baseline.contentHash)
    if ('error' in diff) return diff
    const to = latest()
    return diff.changes
      .filter((change) => matchesFilters(change, filters))
      .map((change) => ({
        change,
        from: diff.old.contentHash,
        to: diff.new.contentHash,
        updated: to.builtAt,
      }))
  }

  return {
    baseline: baseline.contentHash,
    current: () => latest().contentHash,
    revisions: () => graphs.map((g) => g.contentHash),
    append(graph) {
      if (graph.contentHash === latest().contentHash) return false
      graphs = [...graphs, graph]
      while (graphs.length > maxRevisions + 2) graphs.splice(1, 1)
      // Diffs to the previous current graph are stale now.
      diffs.clear()
      return true
    },
    entries,
    query(query: ChangeQuery = {}): ChangePage | ChangeQueryError {
      const limit = query.limit ?? undefined
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT)) {
        return { error: 'invalid-limit', limit }
      }
      const found = entries(query)
      if ('error' in found) return found
      const from = query.since ?? baseline.contentHash
      const to = latest().contentHash
      const fingerprint = shortHash(
        JSON.stringify([
          from,
          to,
          query.service,
          query.owner,
          query.program,
          query.type,
          query.node,
          query.kind,
        ]),
        16,
      )
      const page = paginate(found, { limit, cursor: query.cursor, fingerprint })
      if ('error' in page) return page
      return { from, to, total: found.length, items: page.items, nextCursor: page.nextCursor }
    },
  }
}
