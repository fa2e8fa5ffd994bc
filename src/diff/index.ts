export type {
  Change,
  ChangeNode,
  ChangeSummary,
  ChangeType,
  FieldChange,
  FieldValue,
  GraphDiff,
  MatchKind,
  NodeState,
} from './change.ts'
export { CHANGE_NODES, CHANGE_TYPES } from './change.ts'
export { diffGraphs } from './diff-graphs.ts'
export type { DiffOptions } from './diff-graphs.ts'
export { renderDiff, DIFF_FORMATS } from './render-diff.ts'
export type { DiffFormat } from './render-diff.ts'
export { loadDiffSide } from './load-diff-side.ts'
export type { SideBuildOptions } from './load-diff-side.ts'
export { SIMILARITY_THRESHOLD } from './similarity-threshold.ts'
export { statementSimilarity } from './statement-similarity.ts'
export type {
  ChangeFeed,
  ChangeFilters,
  ChangePage,
  ChangeQuery,
  ChangeQueryError,
  FeedEntry,
} from './feed/change-feed.ts'
export { createChangeFeed } from './feed/create-change-feed.ts'
export type { ChangeFeedOptions } from './feed/create-change-feed.ts'
export { matchesFilters } from './feed/filter-changes.ts'
export { paginate, DEFAULT_LIMIT, MAX_LIMIT } from './feed/paginate.ts'
export { renderAtom, entryId, escapeXml } from './feed/render-atom.ts'
export type { AtomOptions } from './feed/render-atom.ts'
