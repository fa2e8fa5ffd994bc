import type { Graph } from '../model/index.ts'
import { finishSteps, runStepsInSlices } from '../support/run-steps.ts'
import type { Steps } from '../support/run-steps.ts'
import { searchEngineSteps } from './create-search-engine.ts'
import type { SearchIndex } from './search-types.ts'

/** A search index built on first use, or earlier on request. */
export interface LazySearchIndex extends SearchIndex {
  /** Builds the index now unless it is built (blocks until it is). */
  warm(): void
  /**
   * Builds the index a slice at a time between other events (requests keep being served), and
   * resolves once it is built. A query arriving meanwhile finishes the build itself and answers
   * from the complete index, so no answer ever comes from half an index. `sliceMs`: work per
   * turn of the event loop (default 8 ms; 0 runs one step per turn).
   */
  ready(options?: { sliceMs?: number }): Promise<void>
  /** Whether the index has been built. */
  built(): boolean
}

/** The engine's build as steps yielding the index (the default of `createLazySearchIndex`). */
export function* searchIndexSteps(graph: Graph): Steps<SearchIndex> {
  return (yield* searchEngineSteps(graph)).index
}

/**
 * Search over `graph` without paying for the index up front: `ready()` (or the first query, or
 * `warm()`) builds it, every later one reuses it. Building is the largest step of a start from a
 * graph file (the FlexSearch index, vocabulary and tag bitsets), so a replica answers `/readyz`
 * before it, and `ready()` builds it without stalling requests for seconds.
 */
export function createLazySearchIndex(
  graph: Graph,
  build: (graph: Graph) => Steps<SearchIndex> = searchIndexSteps,
): LazySearchIndex {
  let index: SearchIndex | undefined
  let steps: Steps<SearchIndex> | undefined
  let slicing: Promise<void> | undefined
  const started = () => (steps ??= build(graph))
  // One generator for both ways of building: a query finishes whatever slices left undone.
  const get = (): SearchIndex => (index ??= finishSteps(started()))
  return {
    controls: (query) => get().controls(query),
    search: (q, types, limit) => get().search(q, types, limit),
    highlight: (text, q) => get().highlight(text, q),
    snippet: (text, q, maxLength) => get().snippet(text, q, maxLength),
    warm: () => void get(),
    ready(options = {}) {
      const isDone = () => index !== undefined
      slicing ??= isDone()
        ? Promise.resolve()
        : runStepsInSlices(started(), { ...options, isDone }).then((built) => {
            index ??= built
          })
      return slicing
    },
    built: () => index !== undefined,
  }
}
