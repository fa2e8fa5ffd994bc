import type { Graph } from '../model/graph.ts'

/** What a graph worker loads: a graph file, or a content root it builds (see GraphSource). */
export interface WorkerSource {
  graph?: string
  content?: string
  root?: string
  allPages?: boolean
}

/** The graph's arrays, sent a slice at a time. */
export const GRAPH_ARRAYS = [
  'services',
  'topics',
  'sections',
  'controls',
  'programs',
  'requirements',
  'attestations',
  'links',
  'diagnostics',
] as const satisfies readonly (keyof Graph)[]

export type GraphArray = (typeof GRAPH_ARRAYS)[number]

/** The graph without its arrays. */
export type GraphHeader = Omit<Graph, GraphArray>

/** Main thread → worker. */
export type ToWorker = { type: 'load'; id: number } | { type: 'slice'; id: number }

/** Worker → main thread. */
export type FromWorker =
  | { type: 'loaded'; id: number; header: GraphHeader; slices: number }
  | { type: 'slice'; id: number; key: GraphArray; items: unknown[] }
  | { type: 'failed'; id: number; message: string }
