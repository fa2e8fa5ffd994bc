export { createSearchIndex } from './create-search-index.ts'
export type {
  ControlFilters,
  NodeType,
  ScoredId,
  SearchHit,
  SearchIndex,
} from './create-search-index.ts'
export { createLazySearchIndex } from './create-lazy-search-index.ts'
export type { LazySearchIndex } from './create-lazy-search-index.ts'
