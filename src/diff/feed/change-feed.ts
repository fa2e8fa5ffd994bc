import type { ControlKind, Owner } from '../../model/control.ts'
import type { Graph } from '../../model/graph.ts'
import type { Change, ChangeNode, ChangeType } from '../change.ts'

/** One change as the feed serves it: the change and the revision that brought it. */
export interface FeedEntry {
  change: Change
  /** Content hash of the graph the change is measured from. */
  from: string
  /** Content hash of the graph that has the change. */
  to: string
  /** When the graph `to` was built (ISO 8601): the entry's `updated` time. */
  updated: string
}

/** Filters of `/v1/changes`: AND across filters, OR within one; absent or empty = no filter. */
export interface ChangeFilters {
  service?: string[]
  owner?: Owner[]
  program?: string[]
  type?: ChangeType[]
  node?: ChangeNode[]
  kind?: ControlKind[]
}

export interface ChangeQuery extends ChangeFilters {
  /** Content hash of a graph the client has seen: changes from it to the current graph. Default: the baseline. */
  since?: string
  /** Page size (default 50, at most 500). */
  limit?: number
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string
}

/** One page of changes. */
export interface ChangePage {
  from: string
  to: string
  /** Matching changes over all pages. */
  total: number
  items: FeedEntry[]
  /** Cursor of the next page, or null on the last page. */
  nextCursor: string | null
}

/** Why a query cannot be answered: the route turns these into 400 / 404 problems. */
export type ChangeQueryError =
  | { error: 'unknown-since'; since: string; known: string[] }
  | { error: 'invalid-cursor' }
  | { error: 'invalid-limit'; limit: number }

/** A baseline and the graphs served since, answering "what changed since X". */
export interface ChangeFeed {
  /** Content hash of the baseline graph. */
  readonly baseline: string
  /** Content hash of the graph served now. */
  current(): string
  /** Content hashes the feed knows, oldest first (baseline first). */
  revisions(): string[]
  /**
   * Records a reload (`serve --watch`). Returns false when the content did not change (same hash),
   * so nothing is recorded.
   */
  append(graph: Graph): boolean
  /** Changes from `since` (default: the baseline) to the current graph, filtered and paginated. */
  query(query?: ChangeQuery): ChangePage | ChangeQueryError
  /** Every change from `since` to the current graph, filtered (e.g. for the Atom feed). */
  entries(filters?: ChangeFilters & { since?: string }): FeedEntry[] | ChangeQueryError
}
