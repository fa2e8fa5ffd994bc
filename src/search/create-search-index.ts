import type { Graph } from '../model/index.ts'
import { createSearchEngine } from './create-search-engine.ts'
import type { SearchIndex } from './search-types.ts'

export type { ControlFilters, NodeType, ScoredId, SearchHit, SearchIndex } from './search-types.ts'

/** Full-text search over `graph`'s controls, sections and topics, built once (FlexSearch 0.8). */
export function createSearchIndex(graph: Graph): SearchIndex {
  return createSearchEngine(graph).index
}
