export { createSearchIndex } from './create-search-index.ts'
export type {
  ControlFilters,
  NodeType,
  ScoredId,
  SearchHit,
  SearchIndex,
} from './create-search-index.ts'
