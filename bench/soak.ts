/**
 * Soak test (not part of the unit suite): sustained load on 127.0.0.1 while the content is
 * rewritten and hot-reloaded 100 times. Prints requests, failures, reloads and the server's memory
 * before, right after, and after a forced GC; exits 1 on any failed request or reload.
 *
 *   node --import tsx bench/soak.ts [--reloads 100] [--connections 16] [--content DIR]
 *
 * The server runs in a child process (`--expose-gc`, its own event loop and heap) with the same
 * reloader and watcher as `secgraph serve --watch`; this process drives autocannon, edits files and
 * asks the child for its memory over IPC. Bounded: stops after the reloads or after 15 minutes.
 */
import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import type { AutocannonResult } from 'autocannon'
import express from 'express'
import { pino } from 'pino'
import { createApp } from '../src/api/create-app.ts'
import { listen } from '../src/api/listen.ts'
import { loadOpenApiDocument } from '../src/api/load-openapi-document.ts'
import { buildGraph } from '../src/compile/build-graph.ts'
import type { Graph } from '../src/model/graph.ts'
import { createLazySearchIndex } from '../src/search/create-lazy-search-index.ts'
import type { LazySearchIndex } from '../src/search/create-lazy-search-index.ts'
import { createGraphWorker } from '../src/serve/create-graph-worker.ts'
import { createReloader } from '../src/serve/create-reloader.ts'
import type { ReloadStatus } from '../src/serve/reload-status.ts'
import { watchPath } from '../src/serve/watch-path.ts'

const HARD_LIMIT_MS = 15 * 60_000
/** Quiet windows (load without edits) alternate with this many batches of reloads. */
const BATCHES = 10
/** Length of each quiet window: 10 of them give 20 s of load without edits. */
const QUIET_WINDOW_MS = 2000

/** Which latencies a response counts in: a quiet window, a batch of reloads, or neither. */
type Phase = 'quiet' | 'reloads' | 'none'

/** Median and p99 of a phase's response times (ms). */
function summarize(times: number[]): { count: number; p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { count: sorted.length, p50: at(0.5), p99: at(0.99) }
}

interface MemoryReport {
  rss: number
  heapUsed: number
  status: ReloadStatus
}

/** Event-loop delay of the server since the last `loop` question, in ms. */
interface LoopReport {
  p99: number
  max: number
}

type ToChild = { type: 'memory'; gc: boolean } | { type: 'status' } | { type: 'loop' }
type FromChild =
  | { type: 'ready'; url: string }
  | ({ type: 'memory' } & MemoryReport)
  | ({ type: 'loop' } & LoopReport)

/**
 * The server side: build, serve, watch, answer memory and status questions. Reloads run as in
 * `secgraph serve`: the build in a worker thread, the new search index in slices before the swap.
 */
async function server(content: string): Promise<void> {
  const logger = pino({ level: 'silent' })
  const worker = createGraphWorker({ content })
  const document = loadOpenApiDocument()
  const searches = new WeakMap<Graph, LazySearchIndex>()
  const reloader = createReloader({
    initial: await buildGraph({ content }),
    load: () => worker.load(),
    logger,
    createApp: (graph, status) => {
      const search = createLazySearchIndex(graph)
      searches.set(graph, search)
      return createApp({ graph, search, logger, status, document })
    },
    prepare: async (graph) => await searches.get(graph)?.ready(),
  })
  searches.get(reloader.graph())?.warm()
  const outer = express()
  outer.disable('x-powered-by')
  outer.use(reloader.handler)
  const running = await listen(outer, { port: 0, host: '127.0.0.1', logger })
  const watcher = await watchPath(content, {
    logger,
    onChange: () => void reloader.reload('watch'),
  })
  const gc = (globalThis as { gc?: () => void }).gc
  // How long the event loop was blocked: the server's own view, whatever the client measures.
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  process.on('message', (message: ToChild) => {
    if (message.type === 'loop') {
      const report = { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 }
      delay.reset()
      process.send?.({ type: 'loop', ...report } as FromChild)
      return
    }
    if (message.type === 'memory' && message.gc && gc) {
      // Several passes: weak caches and finalizers free more on the next pass.
      for (let i = 0; i < 3; i++) gc()
    }
    const { rss, heapUsed } = process.memoryUsage()
    process.send?.({ type: 'memory', rss, heapUsed, status: reloader.status() } as FromChild)
  })
  process.once('disconnect', () => {
    watcher.close()
    void worker.close()
    void running.shutdown()
  })
  process.send?.({ type: 'ready', url: running.url } as FromChild)
}

function ask(child: ChildProcess, message: ToChild): Promise<MemoryReport> {
  return new Promise((done) => {
    const listener = (reply: FromChild) => {
      if (reply.type !== 'memory') return
      child.off('message', listener)
      done(reply)
    }
    child.on('message', listener)
    child.send(message)
  })
}

/** The server's event-loop delay since the last call (and starts a new period). */
function askLoop(child: ChildProcess): Promise<LoopReport> {
  return new Promise((done) => {
    const listener = (reply: FromChild) => {
      if (reply.type !== 'loop') return
      child.off('message', listener)
      done(reply)
    }
    child.on('message', listener)
    child.send({ type: 'loop' } satisfies ToChild)
  })
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

async function driver(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reloads: { type: 'string', default: '100' },
      connections: { type: 'string', default: '16' },
      content: { type: 'string' },
    },
  })
  const reloads = Number(values.reloads)
  const connections = Number(values.connections)
  const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
  const source = values.content ?? join(projectRoot, 'content')
  const dir = await mkdtemp(join(tmpdir(), 'secgraph-soak-'))
  const content = join(dir, 'content')
  await cp(source, content, { recursive: true })
  const deadline = Date.now() + HARD_LIMIT_MS

  const child = fork(fileURLToPath(import.meta.url), ['--server', content], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  try {
    const url = await new Promise<string>((done, fail) => {
      child.once('exit', (code) => fail(new Error(`server exited with ${code}`)))
      child.on('message', (m: FromChild) => {
        if (m.type === 'ready') done(m.url)
      })
    })
    const graph = await buildGraph({ content })
    const controlId = graph.controls[0]?.id ?? 'none'
    const requests = [
      '/v1/meta',
      '/v1/controls?owner=customer&limit=50',
      '/v1/search?q=encryption',
      `/v1/controls/${encodeURIComponent(controlId)}`,
      '/v1/responsibilities',
      '/readyz',
    ].map((path) => ({ method: 'GET', path, headers: { accept: 'application/json' } }))
    const load = (duration: number) => {
      let done: (result: AutocannonResult) => void = () => {}
      const finished = new Promise<AutocannonResult>((resolveResult) => (done = resolveResult))
      const instance = autocannon({ url, connections, duration, timeout: 10, requests }, (e, r) => {
        if (e) throw e
        done(r)
      })
      return { instance, finished }
    }

    // Warm up (JIT, caches, autocannon's own buffers) with one reload (it starts the reload
    // worker, which loads the compiler once), then the memory baseline after a full GC.
    const page = join(content, (graph.topics[0]?.source.file ?? 'security.md').toString())
    const original = await readFile(page, 'utf8')
    const warming = load(5)
    await writeFile(page, `${original}\nYou must review the soak warm-up every day.\n`)
    const warmUntil = Date.now() + 180_000
    while ((await ask(child, { type: 'status' })).status.swaps < 1 && Date.now() < warmUntil)
      await sleep(50)
    await warming.finished
    const before = await ask(child, { type: 'memory', gc: true })

    // One continuous load; quiet windows (no edits) alternate with batches of reloads, so load
    // from elsewhere on the machine, which drifts over minutes, hits both phases alike.
    const latencies: Record<Phase, number[]> = { quiet: [], reloads: [], none: [] }
    const loops: Record<Phase, LoopReport[]> = { quiet: [], reloads: [], none: [] }
    let phase: Phase = 'none'
    const enter = async (next: Phase) => {
      loops[phase].push(await askLoop(child))
      phase = next
    }
    const soak = load(HARD_LIMIT_MS / 1000)
    soak.instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies[phase].push(responseTime)
    })
    const started = Date.now()
    let reloaded = 0
    let stuck = false
    let midway: MemoryReport | null = null
    const perBatch = Math.max(1, Math.ceil(reloads / BATCHES))
    for (let i = 1; i <= reloads && Date.now() < deadline; i++) {
      if (i % perBatch === 1 || perBatch === 1) {
        await enter('quiet')
        await sleep(QUIET_WINDOW_MS)
        await enter('reloads')
      }
      // Each rewrite adds a control that differs from every earlier one, so every reload swaps.
      await writeFile(page, `${original}\nYou must review soak setting ${i} every day.\n`)
      const target = before.status.swaps + i
      const wait = Date.now() + 30_000
      while ((await ask(child, { type: 'status' })).status.swaps < target) {
        if (Date.now() > wait) {
          stuck = true
          break
        }
        await sleep(20)
      }
      if (stuck) break
      reloaded++
      // Halfway: a second GC'd measurement, so the slope between it and the end shows any
      // per-reload leak; the forced GC counts in neither phase.
      if (reloaded === Math.floor(reloads / 2)) {
        await enter('none')
        midway = await ask(child, { type: 'memory', gc: true })
        await sleep(500)
        await enter('reloads')
      }
    }
    await enter('none')
    soak.instance.stop()
    const result = await soak.finished
    const elapsed = (Date.now() - started) / 1000
    const afterLoad = await ask(child, { type: 'memory', gc: false })
    await sleep(500)
    const afterGc = await ask(child, { type: 'memory', gc: true })
    const failed = result.non2xx + result.errors + result.timeouts
    const status = afterGc.status
    const quiet = summarize(latencies.quiet)
    const during = summarize(latencies.reloads)
    const loopOf = (reports: LoopReport[]) =>
      `${Math.max(0, ...reports.map((r) => r.p99)).toFixed(1)} / ${Math.max(0, ...reports.map((r) => r.max)).toFixed(1)} ms`

    const rows: [string, string][] = [
      ['duration under load', `${elapsed.toFixed(1)} s`],
      ['connections', String(connections)],
      ['requests', String(result.requests.total)],
      ['requests per second', String(Math.round(result.requests.total / elapsed))],
      [
        'failed requests',
        `${failed} (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
      ],
      [
        `latency p50 / p99 without edits (${quiet.count} requests)`,
        `${quiet.p50.toFixed(1)} / ${quiet.p99.toFixed(1)} ms`,
      ],
      [
        `latency p50 / p99 during reloads (${during.count} requests)`,
        `${during.p50.toFixed(1)} / ${during.p99.toFixed(1)} ms`,
      ],
      ['p99 during reloads / without (target ≤ 2)', (during.p99 / quiet.p99).toFixed(2)],
      ['server event-loop delay p99 / max without edits (worst window)', loopOf(loops.quiet)],
      ['server event-loop delay p99 / max during reloads (worst window)', loopOf(loops.reloads)],
      ['reloads (content rewrites swapped in)', `${reloaded} of ${reloads}`],
      [
        'reload attempts / swaps / failures',
        `${status.attempts} / ${status.swaps} / ${status.failures}`,
      ],
      ['controls served', String(graph.controls.length)],
      [
        'RSS before / after / after GC',
        `${mib(before.rss)} / ${mib(afterLoad.rss)} / ${mib(afterGc.rss)}`,
      ],
      [
        'heap before / after / after GC',
        `${mib(before.heapUsed)} / ${mib(afterLoad.heapUsed)} / ${mib(afterGc.heapUsed)}`,
      ],
      [
        `heap after GC at reload ${Math.floor(reloads / 2)} / ${reloaded}`,
        midway
          ? `${mib(midway.heapUsed)} / ${mib(afterGc.heapUsed)} (${(
              (afterGc.heapUsed - midway.heapUsed) /
              1024 /
              Math.max(1, reloaded - Math.floor(reloads / 2))
            ).toFixed(1)} KiB per reload)`
          : 'n/a',
      ],
      [
        'heap growth after GC',
        `${mib(afterGc.heapUsed - before.heapUsed)} (${(((afterGc.heapUsed - before.heapUsed) / before.heapUsed) * 100).toFixed(1)} %)`,
      ],
    ]
    const width = Math.max(...rows.map(([k]) => k.length))
    console.log('secgraph soak test')
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`)
    const ok = failed === 0 && reloaded === reloads && status.failures === 0
    console.log(ok ? 'PASS' : 'FAIL')
    return ok ? 0 : 1
  } finally {
    child.disconnect()
    await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)))
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--server') {
  await server(process.argv[3] ?? 'content')
} else {
  process.exitCode = await driver()
}
