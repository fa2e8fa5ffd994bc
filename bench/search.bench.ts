import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Graph } from '../src/model/index.ts'
import { createSearchEngine } from '../src/search/create-search-engine.ts'
import { createTestGraph } from '../test/support/create-test-graph.ts'
import {
  missingPath,
  projectRoot,
  upstreamGuide as upstream,
} from '../test/support/shared-corpus.ts'

/** One query of the benchmark: median latencies in microseconds. */
export interface SearchBenchRow {
  q: string
  hits: number
  engineMicros: number
  /** `document.search(keys, { limit: all, suggest: true })`: bare id arrays per field. */
  rawMicros: number
  /** The same with `merge: true`: one entry per control, as the engine returns. */
  mergedMicros: number
}

/** Latency of `index.controls({ q })` against raw FlexSearch queries on the same index. */
export interface SearchBenchResult {
  corpus: string
  controls: number
  /** Median over queries of engine / raw latency. */
  ratio: number
  /** Median over queries of engine / merged latency. */
  mergedRatio: number
  rows: SearchBenchRow[]
}

const QUERIES = [
  'encryp',
  'encryption',
  'encrpytion',
  'certifcate',
  'key',
  'soc2',
  'pci 3ds',
  'fips 140-2',
  'rotate keys',
  'backup cluster region',
  'multi factor authentication',
  'audit logs',
]

const ROUNDS = 15
const ITERATIONS = 40

/**
 * Runs the search benchmark and prints one line per query plus the overall ratios. Baselines run
 * on the very FlexSearch Document the engine queries, with the query already parsed into index
 * keys: `raw` returns FlexSearch's id arrays per field, `merged` one entry per control.
 */
export async function runSearchBench(): Promise<SearchBenchResult> {
  const { graph, corpus } = await loadCorpus()
  const engine = createSearchEngine(graph)
  const document = engine.controlIndex.document
  const size = engine.controlIndex.size
  const rows: SearchBenchRow[] = []
  for (const q of QUERIES) {
    const keys = engine
      .parse(q)
      .flatMap((term) => term.keys)
      .join(' ')
    const runs = [
      (): number => engine.index.controls({ q }).length,
      (): number => document.search(keys, { limit: size, suggest: true }).length,
      (): number => document.search(keys, { limit: size, suggest: true, merge: true }).length,
    ]
    // Warm up every path before timing.
    for (let i = 0; i < ITERATIONS; i++) for (const run of runs) run()
    const times = runs.map((): number[] => [])
    for (let round = 0; round < ROUNDS; round++) {
      runs.forEach((run, i) => times[i]?.push(time(run)))
    }
    const [engineMicros, rawMicros, mergedMicros] = times.map(median) as [number, number, number]
    const hits = engine.index.controls({ q }).length
    rows.push({ q, hits, engineMicros, rawMicros, mergedMicros })
  }
  const ratio = median(rows.map((row) => row.engineMicros / row.rawMicros))
  const mergedRatio = median(rows.map((row) => row.engineMicros / row.mergedMicros))
  console.log(`search bench: ${corpus}, ${size} controls (median of ${ROUNDS}×${ITERATIONS} runs)`)
  const micros = (value: number): string => `${value.toFixed(1).padStart(7)} µs`
  for (const row of rows) {
    console.log(
      `  ${JSON.stringify(row.q).padEnd(30)} ${String(row.hits).padStart(5)} hits  ` +
        `engine ${micros(row.engineMicros)}  raw ${micros(row.rawMicros)} ` +
        `×${(row.engineMicros / row.rawMicros).toFixed(2).padEnd(6)} ` +
        `merged ${micros(row.mergedMicros)} ×${(row.engineMicros / row.mergedMicros).toFixed(2)}`,
    )
  }
  console.log(
    `  median ratio engine/raw ×${ratio.toFixed(2)}, engine/merged ×${mergedRatio.toFixed(2)} ` +
      `(target ≤ ×1.30)`,
  )
  return { corpus, controls: size, ratio, mergedRatio, rows }
}

/** Microseconds per call of `run`, averaged over one batch. */
function time(run: () => number): number {
  const start = process.hrtime.bigint()
  for (let i = 0; i < ITERATIONS; i++) run()
  return Number(process.hrtime.bigint() - start) / 1000 / ITERATIONS
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** The upstream guide when present and the build pipeline works, else a synthetic graph. */
async function loadCorpus(): Promise<{ graph: Graph; corpus: string }> {
  try {
    const { buildGraph } = await import('../src/compile/build-graph.ts')
    if (missingPath(upstream) === undefined) {
      const graph = await buildGraph({ content: upstream, allPages: true })
      if (graph.controls.length > 0) return { graph, corpus: 'upstream CloudHSM guide (all pages)' }
    }
    const graph = await buildGraph({ content: resolve(projectRoot, 'content') })
    if (graph.controls.length > 0) return { graph, corpus: 'content/' }
  } catch {
    // The build pipeline is not usable here: fall back to generated text.
  }
  return { graph: syntheticGraph(3000), corpus: 'synthetic' }
}

/** Deterministic statements drawn from a security vocabulary. */
function syntheticGraph(count: number): Graph {
  const words =
    'encryption key keys rotate backup cluster region certificate audit logs multi factor authentication hsm user policy access network tls client crypto officer'.split(
      ' ',
    )
  let seed = 42
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648)
  const controls = Array.from({ length: count }, (_, i) => ({
    id: `svc.security.c${i}`,
    statement: Array.from({ length: 12 }, () => words[next() % words.length]).join(' '),
    programs: i % 7 === 0 ? ['soc-2'] : i % 11 === 0 ? ['pci-3ds'] : [],
  }))
  return createTestGraph({ controls })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runSearchBench()
}
