import type { Graph } from '../model/index.ts'
import { createSearchIndex } from './create-search-index.ts'
import type { SearchIndex } from './search-types.ts'

/** A search index built on first use, or earlier on request. */
export interface LazySearchIndex extends SearchIndex {
  /** Builds the index now unless it is built (e.g. once the server is ready, off the start path). */
  warm(): void
  /** Whether the index has been built. */
  built(): boolean
}

/**
 * Search over `graph` without paying for the index up front: the first query (or `warm()`) builds
 * it, every later one reuses it. Building is the largest step of a start from a graph file (the
 * FlexSearch index, vocabulary and tag bitsets), so a replica answers `/readyz` before it.
 */
export function createLazySearchIndex(
  graph: Graph,
  create: (graph: Graph) => SearchIndex = createSearchIndex,
): LazySearchIndex {
  let index: SearchIndex | undefined
  const get = (): SearchIndex => (index ??= create(graph))
  return {
    controls: (query) => get().controls(query),
    search: (q, types, limit) => get().search(q, types, limit),
    highlight: (text, q) => get().highlight(text, q),
    snippet: (text, q, maxLength) => get().snippet(text, q, maxLength),
    warm: () => void get(),
    built: () => index !== undefined,
  }
}
