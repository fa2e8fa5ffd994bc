/**
 * Scale benchmark: synthetic corpora of N services × M pages (bench/support/synthetic-corpus.ts)
 * → build time, graph size, then, in a fresh process per size, startup from the prebuilt graph
 * (loadGraph + createApp ready, then the lazy search index), server memory, and search / list latency over
 * loopback HTTP with the response cache off. Prints one row per size and the per-service cost
 * relative to the 10-service row (1.00 = linear, below = better than linear).
 *
 *   node --import tsx bench/scale.bench.ts   (or `npm run bench -- scale`)
 *   Env: BENCH_SERVICES=1,10,100 (default 1,10,100,1000)  BENCH_PAGES=8  BENCH_SEED=1
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { Agent, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/api/create-app.ts'
import { buildGraph } from '../src/compile/build-graph.ts'
import { createCatalogMemo } from '../src/compile/steps/load-catalogs.ts'
import { loadGraph } from '../src/model/load-graph.ts'
import { writeGraph } from '../src/model/write-graph.ts'
import { createLazySearchIndex } from '../src/search/create-lazy-search-index.ts'
import { median } from './support/stats.ts'
import { createSyntheticCorpus } from './support/synthetic-corpus.ts'

const self = fileURLToPath(import.meta.url)
const MB = 1024 * 1024

/** What the probe process measures on one prebuilt graph. */
interface Probe {
  startupMs: number
  /** CPU time (user + system, all threads) of the same steps: what a start costs on any load. */
  startupCpuMs: number
  loadMs: number
  indexMs: number
  appMs: number
  rssBaseMb: number
  /** When ready (graph, app; the search index not built yet, as `serve` starts), no forced GC. */
  rssReadyRawMb: number
  /** The same after a full GC. */
  rssReadyMb: number
  heapReadyMb: number
  /** After the search index is built too. */
  rssMb: number
  heapMb: number
  searchMs: number
  listMs: number
  getMs: number
  /** Medians of the first request of each path (nothing memoized yet). */
  coldSearchMs: number
  coldListMs: number
  coldGetMs: number
  requests: number
}

interface Row {
  services: number
  pages: number
  controls: number
  corpusMb: number
  buildMs: number
  graphMb: number
  probe: Probe
}

const SEARCH_WORDS = [
  'encryption',
  'rotate keys',
  'audit logs',
  'backup',
  'certificates',
  'pci',
  'access policies',
  'monitor network',
  'credentials',
  'tenant',
]

function get(agent: Agent, port: number, path: string): Promise<number> {
  return new Promise((done, fail) => {
    const start = performance.now()
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume()
      res.on('end', () => {
        if (res.statusCode !== 200) fail(new Error(`${path} answered ${res.statusCode}`))
        else done(performance.now() - start)
      })
    })
    req.on('error', fail)
    req.end()
  })
}

/** Child mode: startup, memory and latency of one graph file, printed as one JSON line. */
async function probe(file: string): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
  collect()
  const rssBase = process.memoryUsage().rss
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const graph = await loadGraph(file)
  const t1 = performance.now()
  // As `serve` starts: the search index is lazy, built after ready (timed on its own below).
  const search = createLazySearchIndex(graph)
  // Cache off: every request pays validation, search and rendering, as for a first visitor.
  const app = createApp({ graph, search, responseCacheBytes: 0 })
  const t2 = performance.now()
  const cpu = process.cpuUsage(cpu0)
  const rssReadyRaw = process.memoryUsage().rss
  collect()
  const ready = process.memoryUsage()
  search.warm()
  const t3 = performance.now()
  collect()
  const memory = process.memoryUsage()

  const server = app.listen(0, '127.0.0.1')
  await new Promise((done) => server.once('listening', done))
  const { port } = server.address() as AddressInfo
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const services = graph.services
  const middle = services[Math.floor(services.length / 2)]?.id ?? 'none'
  const controls = graph.controls
  const searches = SEARCH_WORDS.flatMap((q) => [
    `/v1/search?q=${encodeURIComponent(q)}`,
    `/v1/controls?q=${encodeURIComponent(q)}`,
  ])
  const lists = [
    '/v1/controls',
    '/v1/controls?owner=customer',
    '/v1/controls?owner=provider&kind=guarantee,capability&limit=50',
    `/v1/controls?service=${middle}`,
    '/v1/controls?kind=recommendation&limit=100',
    '/v1/controls?program=pci-dss',
    `/v1/topics?service=${middle}`,
    '/v1/services',
  ]
  const gets = [0.1, 0.5, 0.9].flatMap((f) => {
    const control = controls[Math.floor(f * (controls.length - 1))]
    return control ? [`/v1/controls/${encodeURIComponent(control.id)}`] : []
  })
  // The first request of a path is cold (its result set is computed); repeats hit the route's
  // result-set memo even with the response cache off.
  const cold: number[] = []
  const time = async (paths: string[], rounds: number): Promise<number[]> => {
    const first: number[] = []
    for (const path of paths) first.push(await get(agent, port, path))
    cold.push(median(first))
    const times: number[] = []
    for (let r = 0; r < rounds; r++)
      for (const path of paths) times.push(await get(agent, port, path))
    return times
  }
  const searchTimes = await time(searches, 5)
  const listTimes = await time(lists, 5)
  const getTimes = await time(gets, 10)
  agent.destroy()
  server.close()
  const result: Probe = {
    startupMs: t2 - t0,
    startupCpuMs: (cpu.user + cpu.system) / 1000,
    rssReadyRawMb: rssReadyRaw / MB,
    loadMs: t1 - t0,
    appMs: t2 - t1,
    indexMs: t3 - t2,
    rssBaseMb: rssBase / MB,
    rssReadyMb: ready.rss / MB,
    heapReadyMb: ready.heapUsed / MB,
    rssMb: memory.rss / MB,
    heapMb: memory.heapUsed / MB,
    searchMs: median(searchTimes),
    listMs: median(listTimes),
    getMs: median(getTimes),
    coldSearchMs: cold[0] ?? Number.NaN,
    coldListMs: cold[1] ?? Number.NaN,
    coldGetMs: cold[2] ?? Number.NaN,
    requests: searchTimes.length + listTimes.length + getTimes.length,
  }
  console.log(JSON.stringify(result))
}

function runProbe(file: string): Probe {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', self, '--probe', file],
    { encoding: 'utf8', maxBuffer: 16 * MB },
  )
  if (result.status !== 0) throw new Error(`probe failed: ${result.stderr}`)
  const line = result.stdout.trim().split('\n').pop() ?? ''
  return JSON.parse(line) as Probe
}

async function measure(services: number, pages: number, seed: number): Promise<Row> {
  const corpus = createSyntheticCorpus({ services, pages, seed })
  const out = mkdtempSync(join(tmpdir(), 'secgraph-scale-graph-'))
  try {
    const runs = services <= 10 ? 3 : 1
    const times: number[] = []
    // Small corpora build in a blink: one untimed build first, then the median of three.
    let graph = services <= 10 ? await buildGraph({ content: corpus.dir }) : undefined
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      // A fresh catalog memo: each timed build reads and indexes the catalogs, as one CLI run does.
      graph = await buildGraph({ content: corpus.dir, catalogs: createCatalogMemo() })
      times.push(performance.now() - start)
    }
    if (graph === undefined) throw new Error('no build ran')
    const error = graph.diagnostics.find((d) => d.severity === 'error')
    if (error)
      throw new Error(`synthetic build has errors: ${error.file}:${error.line} ${error.code}`)
    if (graph.services.length !== services) throw new Error(`expected ${services} services`)
    const file = join(out, 'graph.json')
    await writeGraph(graph, file)
    const graphBytes = statSync(file).size
    const controls = graph.controls.length
    graph = undefined // let the build's graph go before the probe measures its own process
    return {
      services,
      pages: corpus.files,
      controls,
      corpusMb: corpus.bytes / MB,
      buildMs: median(times),
      graphMb: graphBytes / MB,
      probe: runProbe(file),
    }
  } finally {
    corpus.cleanup()
    rmSync(out, { recursive: true, force: true })
  }
}

function printTable(rows: Row[]): void {
  const base = rows.find((r) => r.services === 10) ?? rows[0]
  if (!base) return
  const perService = (value: number, row: Row, baseValue: number): string =>
    (value / row.services / (baseValue / base.services)).toFixed(2)
  const header = [
    'services',
    'pages',
    'controls',
    'corpus MB',
    'build ms',
    '×/svc',
    'graph MB',
    'startup ms',
    'CPU ms',
    '×/svc',
    'ready RSS MB (GC)',
    'RSS MB',
    'Δheap MB',
    '×/svc',
    'search ms',
    'list ms',
    'get ms',
    'cold search/list/get ms',
  ]
  const cells = rows.map((r) => [
    String(r.services),
    String(r.pages),
    String(r.controls),
    r.corpusMb.toFixed(2),
    r.buildMs.toFixed(0),
    perService(r.buildMs, r, base.buildMs),
    r.graphMb.toFixed(2),
    r.probe.startupMs.toFixed(0),
    r.probe.startupCpuMs.toFixed(0),
    perService(r.probe.startupMs, r, base.probe.startupMs),
    `${r.probe.rssReadyRawMb.toFixed(0)} (${r.probe.rssReadyMb.toFixed(0)})`,
    r.probe.rssMb.toFixed(0),
    r.probe.heapMb.toFixed(1),
    perService(r.probe.rssMb - r.probe.rssBaseMb, r, base.probe.rssMb - base.probe.rssBaseMb),
    r.probe.searchMs.toFixed(2),
    r.probe.listMs.toFixed(2),
    r.probe.getMs.toFixed(2),
    [r.probe.coldSearchMs, r.probe.coldListMs, r.probe.coldGetMs]
      .map((v) => v.toFixed(1))
      .join(' / '),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)))
  const line = (row: string[]) => row.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')
  console.log(line(header))
  for (const row of cells) console.log(line(row))
  console.log(
    `×/svc: cost per service relative to the ${base.services}-service row (1.00 = linear). ` +
      'startup: graph file to ready app (the search index is built after ready, lazily); ' +
      'CPU ms: CPU time of the same steps (all threads, GC included). ready RSS: then, and after ' +
      'a full GC in parentheses; RSS: with the search index. ' +
      'RSS ×/svc uses RSS minus the probe process baseline. Latencies: medians, response cache ' +
      'off; repeats of a query reuse its memoized result set, cold = first request of each path.',
  )
  for (const r of rows) {
    const p = r.probe
    console.log(
      `  ${r.services} services: startup = load ${p.loadMs.toFixed(0)} + app ${p.appMs.toFixed(0)} ms, then the search index ${p.indexMs.toFixed(0)} ms after ready; ` +
        `baseline RSS ${p.rssBaseMb.toFixed(0)} MB; ${p.requests} timed requests`,
    )
  }
}

export async function runScaleBench(): Promise<void> {
  // 1000 services take about 4 minutes (mostly the build); BENCH_SERVICES=1,10,100 skips them.
  const sizes = (process.env.BENCH_SERVICES ?? '1,10,100,1000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1)
  const pages = Number(process.env.BENCH_PAGES) || 8
  const seed = Number(process.env.BENCH_SEED) || 1
  // Warm-up: module loading and JIT, so the first row is not charged for them.
  await measure(1, pages, seed + 1).catch(() => undefined)
  const rows: Row[] = []
  for (const services of sizes) {
    const start = performance.now()
    rows.push(await measure(services, pages, seed))
    console.log(
      `  ${services} services × ${pages} pages: ${((performance.now() - start) / 1000).toFixed(1)} s`,
    )
  }
  printTable(rows)
}

if (process.argv[1] && resolve(process.argv[1]) === self) {
  const at = process.argv.indexOf('--probe')
  if (at >= 0) await probe(process.argv[at + 1] ?? '')
  else await runScaleBench()
}
