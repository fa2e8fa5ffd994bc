/**
 * API benchmark: our server against a bare Express 5 handler (and bare node:http, for reference),
 * each in its own process on 127.0.0.1, driven by autocannon with a realistic request mix.
 *
 *   node --import tsx bench/api.bench.ts [--duration 3] [--warmup 3] [--rounds 5]
 *     [--connections 10,50] [--per-endpoint] [--profile DIR] [--skip-search]
 *
 * See the README ("API benchmark") for the method and the latest figures.
 */
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildGraph } from '../src/compile/build-graph.ts'
import { writeGraph } from '../src/model/write-graph.ts'
import type { Graph } from '../src/model/graph.ts'
import { checklistPath, createRequestMix } from './support/request-mix.ts'
import type { MixEntry } from './support/request-mix.ts'
import type { LoadResult } from './support/run-load.ts'
import { runLoad } from './support/run-load.ts'
import type { ServerKind } from './support/server-kind.ts'
import type { BenchServer } from './support/start-server.ts'
import { startServer } from './support/start-server.ts'
import { median } from './support/stats.ts'
import { missingPath, upstreamGuide as upstream } from '../test/support/shared-corpus.ts'
import {
  printCpuProfileSummary,
  readCpuProfile,
  summarizeCpuProfile,
} from './support/summarize-cpu-profile.ts'

export interface ApiBenchOptions {
  /** Seconds per measured run (default 3). */
  duration?: number
  /** Seconds of warm-up per server and connection count (default 3: our JIT needs it). */
  warmup?: number
  /** Measured runs per server and connection count; medians are reported (default 5). */
  rounds?: number
  connections?: number[]
  /** Also time each path of the mix alone against our server. */
  perEndpoint?: boolean
  /** Profile our servers (`--cpu-prof`) into this directory and print their hot spots. */
  profileDir?: string
}

/** Medians over the rounds of one server at one connection count. */
export interface ServerFigures {
  rps: number
  p50: number
  p99: number
  /** Server CPU time (user + system) per response, µs: steady even on a busy machine. */
  cpu: number
  /** Median over rounds of bare Express CPU per response / this one's, in the same round. */
  cpuRatio: number
  /** Median over rounds of rps / bare Express rps in the same round. */
  throughputRatio: number
  /** Median over rounds of p99 / bare Express p99 in the same round. */
  p99Ratio: number
}

export interface ApiBenchRow {
  connections: number
  servers: Record<ServerKind, ServerFigures>
}

export interface EndpointFigures {
  kind: MixEntry['kind']
  path: string
  bytes: number
  /** Ratios against the bare Express run just before, for ours and ours-uncached. */
  ours: EndpointRun
  uncached: EndpointRun
}

export interface EndpointRun {
  rps: number
  p99: number
  cpu: number
  throughputRatio: number
  cpuRatio: number
}

/** One load run plus the CPU time the server spent on it. */
interface Measured extends LoadResult {
  /** µs of server CPU per 2xx response. */
  cpu: number
}

export interface ApiBenchResult {
  corpus: string
  controls: number
  mix: MixEntry[]
  /** Why checklists are not in the mix, when they are not. */
  checklistNote?: string
  rows: ApiBenchRow[]
  endpoints?: EndpointFigures[]
}

export const THROUGHPUT_TARGET = 0.7
export const P99_TARGET = 1.5

const KINDS: readonly ServerKind[] = ['http', 'express', 'ours', 'ours-uncached']
const LABELS: Record<ServerKind, string> = {
  http: 'node:http',
  express: 'express',
  ours: 'ours',
  'ours-uncached': 'ours, response cache off',
}

/** Thrown when the upstream guide is not there: the benchmark has nothing to measure. */
export class CorpusMissingError extends Error {}

export async function runApiBench(options: ApiBenchOptions = {}): Promise<ApiBenchResult> {
  const duration = options.duration ?? 3
  const warmup = options.warmup ?? 3
  const rounds = options.rounds ?? 5
  const connectionCounts = options.connections ?? [10, 50]
  const positive = (n: number) => Number.isInteger(n) && n > 0
  if (
    ![duration, warmup, rounds, ...connectionCounts].every(positive) ||
    connectionCounts.length === 0
  )
    throw new Error('duration, warmup, rounds and connections must be positive integers')
  if (missingPath(upstream) !== undefined) {
    throw new CorpusMissingError(
      `the upstream guide was not found at ${upstream}; the API benchmark runs on it only`,
    )
  }

  console.log(`api bench: building the upstream guide (all pages) from ${upstream}`)
  const graph = await buildGraph({ content: upstream, allPages: true })
  const work = await mkdtemp(join(tmpdir(), 'secgraph-api-bench-'))
  const servers: BenchServer[] = []
  try {
    const graphFile = join(work, 'graph.json')
    await writeGraph(graph, graphFile)
    const profileDir = options.profileDir === undefined ? undefined : resolve(options.profileDir)
    if (profileDir !== undefined) await mkdir(profileDir, { recursive: true })
    const start = (kind: ServerKind) =>
      startServer(kind, {
        graphFile,
        cpuProfileDir: kind.startsWith('ours') ? profileDir : undefined,
      }).then((server) => {
        servers.push(server)
        return server
      })
    const [http, express, ours, uncached] = await Promise.all(KINDS.map(start))
    if (!http || !express || !ours || !uncached) throw new Error('a server did not start')

    const mix = createRequestMix(graph)
    let checklistNote: string | undefined
    const checklist = checklistPath(graph)
    const checklistStatus = (await fetch(ours.url + checklist)).status
    if (checklistStatus === 200) mix.push({ kind: 'checklist', path: checklist })
    else
      checklistNote = `GET ${checklist} answered ${checklistStatus}: checklists left out of the mix`
    const bytes = await expectOk(ours.url, mix)
    await expectOk(uncached.url, mix)
    await expectOk(express.url, [{ kind: 'get', path: '/' }])
    await expectOk(http.url, [{ kind: 'get', path: '/' }])

    printHeader(graph, mix, bytes, { duration, warmup, rounds, checklistNote })
    const paths: Record<ServerKind, string[]> = {
      ours: mix.map((m) => m.path),
      'ours-uncached': mix.map((m) => m.path),
      express: ['/'],
      http: ['/'],
    }
    const rows: ApiBenchRow[] = []
    for (const connections of connectionCounts) {
      const measured: Record<ServerKind, Measured[]> = {
        http: [],
        express: [],
        ours: [],
        'ours-uncached': [],
      }
      const load = (server: BenchServer, seconds: number) =>
        measure(server, paths[server.kind], connections, seconds)
      for (const server of [http, express, ours, uncached]) await load(server, warmup)
      for (let round = 0; round < rounds; round++) {
        // Alternate the order so slow drift hits both sides alike; bare Express always runs right
        // next to ours, the pair the targets are about.
        const order =
          round % 2 === 0 ? [http, uncached, express, ours] : [ours, express, uncached, http]
        for (const server of order) measured[server.kind].push(await load(server, duration))
      }
      // Ratios pair each run with the bare Express run of the same round, so load from elsewhere on
      // the machine (which moves both alike within seconds) mostly cancels before taking the median.
      const figures = (kind: ServerKind): ServerFigures => {
        const runs = measured[kind]
        const bare = measured.express
        return {
          rps: median(runs.map((r) => r.rps)),
          p50: median(runs.map((r) => r.p50)),
          p99: median(runs.map((r) => r.p99)),
          cpu: median(runs.map((r) => r.cpu)),
          throughputRatio: median(runs.map((r, i) => r.rps / (bare[i] as Measured).rps)),
          p99Ratio: median(runs.map((r, i) => r.p99 / (bare[i] as Measured).p99)),
          cpuRatio: median(runs.map((r, i) => (bare[i] as Measured).cpu / r.cpu)),
        }
      }
      const row: ApiBenchRow = {
        connections,
        servers: {
          http: figures('http'),
          express: figures('express'),
          ours: figures('ours'),
          'ours-uncached': figures('ours-uncached'),
        },
      }
      rows.push(row)
      printRow(row, measured)
    }

    let endpoints: EndpointFigures[] | undefined
    if (options.perEndpoint) {
      const connections = connectionCounts[0] ?? 10
      endpoints = []
      console.log(
        `\n  each path alone, ${connections} connections, ${duration} s per run, ratios against ` +
          `the bare Express run just before (cpu = server CPU µs per response):\n` +
          `    bytes  ours: req/s  p99 ms  cpu µs  ×req/s  ×cpu  | cache off: req/s  p99 ms  cpu µs  ×req/s  ×cpu  path`,
      )
      for (const entry of mix) {
        const bare = await measure(express, ['/'], connections, duration)
        const run = async (server: BenchServer): Promise<EndpointRun> => {
          const r = await measure(server, [entry.path], connections, duration)
          return {
            rps: r.rps,
            p99: r.p99,
            cpu: r.cpu,
            throughputRatio: r.rps / bare.rps,
            cpuRatio: bare.cpu / r.cpu,
          }
        }
        const endpoint: EndpointFigures = {
          kind: entry.kind,
          path: entry.path,
          bytes: bytes.get(entry.path) ?? 0,
          ours: await run(ours),
          uncached: await run(uncached),
        }
        endpoints.push(endpoint)
        const cells = (f: EndpointRun) =>
          `${fmt(f.rps, 0).padStart(11)}  ${fmt(f.p99, 2).padStart(6)}  ${fmt(f.cpu, 0).padStart(6)}  ` +
          `${('×' + fmt(f.throughputRatio, 2)).padStart(6)}  ${('×' + fmt(f.cpuRatio, 2)).padStart(5)}`
        console.log(
          `  ${String(endpoint.bytes).padStart(7)}  ${cells(endpoint.ours)}  |     ` +
            `${cells(endpoint.uncached)}  ${entry.path}`,
        )
      }
    }

    await Promise.all(servers.map((s) => s.stop()))
    if (profileDir !== undefined) {
      await printProfile(profileDir, ours.pid, 'ours (response cache on)')
      await printProfile(profileDir, uncached.pid, 'ours with the response cache off')
    }
    return {
      corpus: 'upstream CloudHSM guide (all pages)',
      controls: graph.controls.length,
      mix,
      checklistNote,
      rows,
      endpoints,
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()))
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Every path must answer 200 before anything is timed (a fast 404 would flatter the figures);
 * returns the body size of each.
 */
async function expectOk(base: string, mix: readonly MixEntry[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  for (const { path } of mix) {
    const response = await fetch(base + path, { headers: { accept: 'application/json' } })
    sizes.set(path, (await response.arrayBuffer()).byteLength)
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
  }
  return sizes
}

/** One load run with the server's CPU time around it. */
async function measure(
  server: BenchServer,
  paths: readonly string[],
  connections: number,
  duration: number,
): Promise<Measured> {
  const before = await server.cpuMicros()
  const result = checked(
    server.kind,
    await runLoad({ url: server.url, paths, connections, duration }),
  )
  const after = await server.cpuMicros()
  return { ...result, cpu: (after - before) / result.responses }
}

function checked(kind: ServerKind, result: LoadResult): LoadResult {
  if (result.failures > 0 || result.responses === 0) {
    throw new Error(
      `the ${kind} server failed ${result.failures} requests (${JSON.stringify(result.statuses)})`,
    )
  }
  return result
}

function fmt(value: number, digits: number): string {
  return value.toFixed(digits)
}

function printHeader(
  graph: Graph,
  mix: readonly MixEntry[],
  bytes: ReadonlyMap<string, number>,
  run: { duration: number; warmup: number; rounds: number; checklistNote: string | undefined },
): void {
  console.log(
    `api bench: ${graph.controls.length} controls, ${graph.topics.length} topics; ` +
      `${run.rounds} alternating runs of ${run.duration} s per server after ${run.warmup} s warm-up; medians`,
  )
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')
  console.log(
    `  machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${load} ` +
      `at start, Node ${process.version}`,
  )
  console.log('  mix (round robin per connection; body bytes):')
  for (const entry of mix)
    console.log(
      `    ${entry.kind.padEnd(9)} ${String(bytes.get(entry.path)).padStart(7)}  ${entry.path}`,
    )
  if (run.checklistNote) console.log(`  note: ${run.checklistNote}`)
  console.log(
    '\n  conn  server                       req/s   p50 ms   p99 ms  cpu µs/req  ×req/s  ×p99  ×cpu  runs (req/s)\n' +
      '  ----  ------------------------  -------  -------  -------  ----------  ------  ----  ----  ------------',
  )
}

function printRow(row: ApiBenchRow, measured: Record<ServerKind, Measured[]>): void {
  for (const kind of KINDS) {
    const f = row.servers[kind]
    const runs = measured[kind].map((r) => fmt(r.rps, 0)).join(' ')
    console.log(
      `  ${String(row.connections).padStart(4)}  ${LABELS[kind].padEnd(24)}  ${fmt(f.rps, 0).padStart(7)}  ` +
        `${fmt(f.p50, 2).padStart(7)}  ${fmt(f.p99, 2).padStart(7)}  ${fmt(f.cpu, 1).padStart(10)}  ` +
        `${('×' + fmt(f.throughputRatio, 2)).padStart(6)}  ${('×' + fmt(f.p99Ratio, 2)).padStart(4)}  ` +
        `${('×' + fmt(f.cpuRatio, 2)).padStart(4)}  ${runs}`,
    )
  }
  const ours = row.servers.ours
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
  console.log(
    `        targets (ours vs bare Express): throughput ×${fmt(ours.throughputRatio, 2)} ≥ ×${THROUGHPUT_TARGET} ` +
      `${verdict(ours.throughputRatio >= THROUGHPUT_TARGET)}; p99 ×${fmt(ours.p99Ratio, 2)} ≤ ×${P99_TARGET} ` +
      `${verdict(ours.p99Ratio <= P99_TARGET)}; CPU per request ×${fmt(ours.cpuRatio, 2)} of Express's ` +
      `(what throughput would be with both CPU-bound)`,
  )
}

async function printProfile(dir: string, pid: number, label: string): Promise<void> {
  // With `--import tsx` the loader runs on a worker thread with its own profile: take the main one.
  const file = (await readdir(dir)).find(
    (name) => name.endsWith('.cpuprofile') && name.includes(`.${pid}.0.`),
  )
  if (file === undefined) {
    console.log(`\n  no CPU profile of pid ${pid} found in ${dir}`)
    return
  }
  console.log(`\n  CPU profile of ${label}, whole benchmark: ${join(dir, file)}`)
  printCpuProfileSummary(summarizeCpuProfile(await readCpuProfile(join(dir, file))), 20)
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    strict: true,
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      'per-endpoint': { type: 'boolean' },
      profile: { type: 'string' },
      'skip-search': { type: 'boolean' },
    },
  })
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text))
  try {
    await runApiBench({
      duration: number(values.duration),
      warmup: number(values.warmup),
      rounds: number(values.rounds),
      connections: values.connections?.split(',').map(Number),
      perEndpoint: values['per-endpoint'] ?? false,
      profileDir: values.profile,
    })
  } catch (error) {
    if (error instanceof CorpusMissingError) {
      // Like the tests reading ../shared: a checkout without it skips, it doesn't fail.
      console.log(`api bench skipped: ${error.message}`)
      return 0
    }
    console.error(`api bench: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  if (!values['skip-search']) {
    // Search latency against raw FlexSearch is the search benchmark's job; run it here too.
    console.log('')
    const { runSearchBench } = await import('./search.bench.ts')
    await runSearchBench()
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main()
}
