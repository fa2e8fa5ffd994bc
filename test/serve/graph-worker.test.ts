import assert from 'node:assert/strict'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { pino } from 'pino'
import { createApp } from '../../src/api/create-app.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'
import { loadGraph } from '../../src/model/load-graph.ts'
import { writeGraph } from '../../src/model/write-graph.ts'
import { createLazySearchIndex } from '../../src/search/create-lazy-search-index.ts'
import type { LazySearchIndex } from '../../src/search/create-lazy-search-index.ts'
import { createGraphWorker } from '../../src/serve/create-graph-worker.ts'
import type { GraphWorker } from '../../src/serve/create-graph-worker.ts'
import { createReloader } from '../../src/serve/create-reloader.ts'
import type { Reloader } from '../../src/serve/create-reloader.ts'
import { copyContent, listenLocal } from './support.ts'

/** The graph without its build time, the one field two builds of the same content differ in. */
function timeless(graph: Graph): Graph {
  return { ...graph, builtAt: '' }
}

describe('createGraphWorker: loads and builds in a worker thread', () => {
  let content: string
  const workers: GraphWorker[] = []
  before(async () => {
    content = await copyContent()
  })
  after(async () => {
    await Promise.all(workers.map((w) => w.close()))
    await rm(join(content, '..'), { recursive: true, force: true })
  })
  const open = (source: Parameters<typeof createGraphWorker>[0]) => {
    const worker = createGraphWorker(source)
    workers.push(worker)
    return worker
  }

  it('builds a content root into the graph an in-process build gives', async () => {
    const worker = open({ content })
    const [fromWorker, inProcess] = await Promise.all([worker.load(), buildGraph({ content })])
    assert.deepEqual(timeless(fromWorker), timeless(inProcess))
    // The worker stays up: a second load after an edit sees the edit.
    const page = join(content, 'cloudhsm', 'security.md')
    await writeFile(page, `${await readFile(page, 'utf8')}\nYou must rotate worker keys daily.\n`)
    const again = await worker.load()
    assert.notEqual(again.contentHash, fromWorker.contentHash)
    assert.ok(again.controls.some((c) => c.statement === 'You must rotate worker keys daily.'))
  })

  it('loads a graph file in slices (more items than one slice) as loadGraph does', async () => {
    const graph = await buildGraph({ content })
    const control = graph.controls[0]
    assert.ok(control)
    // 4,500 controls: three slices of the controls array.
    const controls = Array.from({ length: 4500 }, (_, i) => ({
      ...control,
      id: `${control.id}-${i}`,
    }))
    const big: Graph = { ...graph, controls }
    const file = join(content, '..', 'big-graph.json')
    await writeGraph(big, file)
    const loaded = await open({ graph: file }).load()
    assert.deepEqual(loaded, await loadGraph(file))
    assert.equal(loaded.controls.length, 4500)
  })

  it('rejects with the one-line reason loadGraph gives for a bad graph file', async () => {
    const file = join(content, '..', 'corrupt.json')
    await writeFile(file, '{"schemaVersion": 2, "contentHash": ')
    const expected = await loadGraph(file).then(
      () => assert.fail('loadGraph accepted a corrupt file'),
      (error: Error) => error.message,
    )
    const worker = open({ graph: file })
    await assert.rejects(worker.load(), (error: Error) => error.message === expected)
    // A failed load leaves the worker usable.
    await writeGraph(await buildGraph({ content }), file)
    assert.equal((await worker.load()).schemaVersion, (await loadGraph(file)).schemaVersion)
  })

  it('answers a load after close() with a fresh worker', async () => {
    const worker = open({ content })
    await worker.close()
    assert.equal((await worker.load()).services.length > 0, true)
  })
})

describe('reloader with the graph worker: swaps under requests', () => {
  let content: string
  let worker: GraphWorker
  let reloader: Reloader
  let close: () => Promise<void>
  let base: string
  const searches = new WeakMap<Graph, LazySearchIndex>()

  before(async () => {
    content = await copyContent()
    worker = createGraphWorker({ content })
    reloader = createReloader({
      initial: await buildGraph({ content }),
      load: () => worker.load(),
      logger: pino({ level: 'silent' }),
      createApp: (graph, status) => {
        const search = createLazySearchIndex(graph)
        searches.set(graph, search)
        return createApp({ graph, search, status })
      },
      prepare: async (graph) => await searches.get(graph)?.ready({ sliceMs: 0 }),
    })
    ;({ base, close } = await listenLocal(reloader.handler))
  })
  after(async () => {
    await close()
    await worker.close()
    await rm(join(content, '..'), { recursive: true, force: true })
  })

  /** Requests sent back to back until `stop()`; every status is recorded. */
  const traffic = () => {
    const statuses: number[] = []
    let running = true
    const paths = ['/v1/meta', '/v1/controls?q=keys', '/v1/controls?owner=customer', '/readyz']
    const loop = (async () => {
      for (let i = 0; running; i++) {
        const res = await fetch(`${base}${paths[i % paths.length]}`)
        await res.arrayBuffer()
        statuses.push(res.status)
      }
    })()
    return {
      statuses,
      stop: async () => {
        running = false
        await loop
      },
    }
  }

  it('swaps in the graph the worker built, every request answering 200 meanwhile', async () => {
    const before = reloader.graph()
    const page = join(content, 'kms', 'security.md')
    await writeFile(
      page,
      `${await readFile(page, 'utf8')}\nYou must review swap settings weekly.\n`,
    )
    const load = traffic()
    const outcome = await reloader.reload('test')
    // A few more requests on the new graph.
    await new Promise((done) => setTimeout(done, 50))
    await load.stop()
    assert.equal(outcome, 'swapped')
    assert.notEqual(reloader.graph().contentHash, before.contentHash)
    assert.ok(load.statuses.length > 0)
    assert.deepEqual(new Set(load.statuses), new Set([200]))
    // The new graph's search index was built before the swap, and answers.
    assert.equal(searches.get(reloader.graph())?.built(), true)
    const found = (await (await fetch(`${base}/v1/controls?q=swap`)).json()) as {
      items: { statement: string }[]
    }
    assert.ok(found.items.some((c) => c.statement === 'You must review swap settings weekly.'))
  })

  it('keeps the last good graph when the worker build has a new error', async () => {
    const good = reloader.graph()
    const file = join(content, 'cloudhsm', 'update-management.md')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('kind=guarantee', 'owner=nobody kind=guarantee'))
    const load = traffic()
    const outcome = await reloader.reload('test')
    await load.stop()
    assert.equal(outcome, 'failed')
    assert.equal(reloader.graph(), good)
    assert.deepEqual(new Set(load.statuses), new Set([200]))
    const status = reloader.status()
    assert.equal(status.ok, false)
    assert.ok(status.failure?.diagnostics.some((d) => d.code === 'annotation-unknown-owner'))
    await writeFile(file, text)
    assert.equal(await reloader.reload('test'), 'unchanged')
    assert.equal(reloader.status().ok, true)
  })
})
