import { Worker } from 'node:worker_threads'
import type { Graph } from '../model/graph.ts'
import { GRAPH_ARRAYS } from '../model/index.ts'
import type { FromWorker, ToWorker, WorkerSource } from './graph-worker-protocol.ts'

export type { WorkerSource } from './graph-worker-protocol.ts'

/** Loads or builds graphs in a worker thread, so a reload does not stall the server's requests. */
export interface GraphWorker {
  /**
   * Loads the graph file (or builds the content root) in the worker and resolves with the graph;
   * rejects with the same one-line reason an in-process load would give. One load at a time.
   */
  load(): Promise<Graph>
  /** Stops the worker (a later `load` starts a new one). */
  close(): Promise<void>
}

interface Pending {
  id: number
  resolve: (graph: Graph) => void
  reject: (error: Error) => void
  graph?: Graph
  remaining: number
}

const FROM_SOURCE = import.meta.url.endsWith('.ts')

/**
 * Compiled builds run the worker's .js next to this file. Run from source (tsx), a worker does not
 * inherit tsx's module hooks, so it registers them itself before importing the .ts worker.
 */
function spawnWorker(source: WorkerSource): Worker {
  if (!FROM_SOURCE)
    return new Worker(new URL('./graph-worker.js', import.meta.url), { workerData: source })
  const tsx = import.meta.resolve('tsx/esm/api')
  const file = new URL('./graph-worker.ts', import.meta.url).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file)}) })`
  return new Worker(bootstrap, { eval: true, workerData: source })
}

/**
 * One long-lived worker thread per server, started on the first reload (so the compiler's modules
 * load once, in the worker) and unref'd (it never keeps the process alive). The graph comes back
 * as structured clones of slices of its arrays, each asked for after the previous one is stored:
 * the server's event loop serves requests between slices instead of decoding 100k controls at once.
 */
export function createGraphWorker(source: WorkerSource): GraphWorker {
  let worker: Worker | null = null
  let pending: Pending | null = null
  let ids = 0

  const settle = (outcome: Graph | Error): void => {
    const done = pending
    pending = null
    if (done === null) return
    if (outcome instanceof Error) done.reject(outcome)
    else done.resolve(outcome)
  }
  const send = (message: ToWorker) => worker?.postMessage(message)

  const receive = (message: FromWorker): void => {
    if (pending === null || message.id !== pending.id) return
    if (message.type === 'failed') return settle(new Error(message.message))
    if (message.type === 'loaded') {
      const arrays = Object.fromEntries(GRAPH_ARRAYS.map((key) => [key, []]))
      pending.graph = { ...message.header, ...arrays } as Graph
      pending.remaining = message.slices
    } else if (pending.graph !== undefined) {
      const list: unknown[] = pending.graph[message.key]
      for (const item of message.items) list.push(item)
      pending.remaining--
    }
    if (pending.remaining > 0) return send({ type: 'slice', id: pending.id })
    settle(pending.graph as Graph)
  }

  const start = (): Worker => {
    const started = spawnWorker(source)
    started.unref()
    started.on('message', receive)
    started.on('error', (error) => {
      if (worker === started) worker = null
      settle(new Error(`the reload worker failed: ${error.message}`))
    })
    started.on('exit', (code) => {
      if (worker === started) worker = null
      settle(new Error(`the reload worker stopped (exit code ${code})`))
    })
    return started
  }

  return {
    load() {
      if (pending !== null) return Promise.reject(new Error('a load is already running'))
      worker ??= start()
      const id = ++ids
      return new Promise<Graph>((resolve, reject) => {
        pending = { id, resolve, reject, remaining: 0 }
        send({ type: 'load', id })
      })
    },
    async close() {
      const stopping = worker
      worker = null
      settle(new Error('the reload worker was closed'))
      await stopping?.terminate()
    },
  }
}
