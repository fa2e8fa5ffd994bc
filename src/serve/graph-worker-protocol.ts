import type { Graph, GraphArray } from '../model/index.ts'

/** What a graph worker loads: a graph file, or a content root it builds (see GraphSource). */
export interface WorkerSource {
  graph?: string
  content?: string
  root?: string
  allPages?: boolean
}

/** The graph without its arrays. */
export type GraphHeader = Omit<Graph, GraphArray>

/** Main thread → worker. */
export type ToWorker = { type: 'load'; id: number } | { type: 'slice'; id: number }

/** Worker → main thread. */
export type FromWorker =
  | { type: 'loaded'; id: number; header: GraphHeader; slices: number }
  | { type: 'slice'; id: number; key: GraphArray; items: unknown[] }
  | { type: 'failed'; id: number; message: string }
