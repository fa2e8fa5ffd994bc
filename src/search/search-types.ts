import type { ControlKind, Origin, Owner } from '../model/index.ts'

/** Control filters: AND across keys, OR within one key's values. Empty arrays filter nothing. */
export interface ControlFilters {
  service?: string[]
  topic?: string[]
  owner?: Owner[]
  kind?: ControlKind[]
  program?: string[]
  origin?: Origin[]
}

/** A control id and its score (higher is better; 0 when there is no query). */
export interface ScoredId {
  id: string
  score: number
}

/** Searchable node types, in tie-break order. */
export type NodeType = 'topic' | 'section' | 'control'

/** One hit of the cross-type search. */
export interface SearchHit {
  type: NodeType
  id: string
  score: number
}

/** Full-text search over a graph (see the README, "Search"). */
export interface SearchIndex {
  /** All matching control ids: AND across filters, OR within one; ranked by score when q is non-empty
   *  (ties in document order), else document order (score 0). */
  controls(query: { q?: string; filters?: ControlFilters }): ScoredId[]
  /** One ranked list across node types (ties: type order topic, section, control, then document order). */
  search(q: string, types?: NodeType[], limit?: number): SearchHit[]
  /** HTML-escaped `text` with <mark>…</mark> around what matches `q` (escaped everywhere, always). */
  highlight(text: string, q: string): string
  /** At most `maxLength` characters of `text` around the first match of `q`, escaped and highlighted. */
  snippet(text: string, q: string, maxLength?: number): string
}
