/**
 * The worker side of `createGraphWorker`: loads the graph file or builds the content root off
 * the server's event loop, then hands the graph over a slice at a time, each when asked.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Graph } from '../model/graph.ts'
import { GRAPH_ARRAYS } from '../model/index.ts'
import type { GraphArray } from '../model/index.ts'
import type { FromWorker, ToWorker, WorkerSource } from './graph-worker-protocol.ts'

/** Items per message: small enough that cloning one slice in the server takes a few ms. */
const SLICE_ITEMS = 2000

const source = workerData as WorkerSource
let pending: { id: number; key: GraphArray; items: unknown[] }[] = []

async function load(): Promise<Graph> {
  // Loaded once per worker, on the first reload: the compiler stays out of the server's thread.
  const { loadGraphSource } = await import('../compile/index.ts')
  return (await loadGraphSource(source)).graph
}

function send(message: FromWorker): void {
  parentPort?.postMessage(message)
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'slice') {
    const next = pending.shift()
    if (next !== undefined && next.id === message.id) send({ type: 'slice', ...next })
    return
  }
  const { id } = message
  pending = []
  load().then(
    (graph) => {
      const { schemaVersion, contentHash, builtAt } = graph
      pending = GRAPH_ARRAYS.flatMap((key) => {
        const list: unknown[] = graph[key]
        const slices = []
        for (let at = 0; at < list.length; at += SLICE_ITEMS)
          slices.push({ id, key, items: list.slice(at, at + SLICE_ITEMS) })
        return slices
      })
      send({
        type: 'loaded',
        id,
        header: { schemaVersion, contentHash, builtAt },
        slices: pending.length,
      })
    },
    (error: unknown) => {
      send({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) })
    },
  )
})
