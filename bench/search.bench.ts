import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Graph } from '../src/model/index.ts'
import { createSearchEngine } from '../src/search/create-search-engine.ts'
import { makeGraph } from '../test/search/support/make-graph.ts'

/** Latency of `index.controls({ q })` against one raw FlexSearch query on the same index. */
export interface SearchBenchResult {
  corpus: string
  controls: number
  /** Median over queries of (median engine latency / median raw latency). */
  ratio: number
  rows: { q: string; hits: number; engineMicros: number; rawMicros: number; ratio: number }[]
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

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const upstream = resolve(projectRoot, '..', 'shared/corpora/aws-cloudhsm-user-guide/doc_source')

/**
 * Runs the search benchmark and prints one line per query plus the overall ratio. The raw
 * baseline is `document.search(keys, { limit: all, suggest: true })` on the very FlexSearch
 * Document the engine queries, with the query already parsed into index keys.
 */
export async function runSearchBench(): Promise<SearchBenchResult> {
  const { graph, corpus } = await loadCorpus()
  const engine = createSearchEngine(graph)
  const document = engine.controlIndex.document
  const size = engine.controlIndex.size
  const rows: SearchBenchResult['rows'] = []
  for (const q of QUERIES) {
    const keys = engine
      .parse(q)
      .flatMap((term) => term.keys)
      .join(' ')
    const runEngine = (): number => engine.index.controls({ q }).length
    const runRaw = (): number => document.search(keys, { limit: size, suggest: true }).length
    // Warm up both paths before timing.
    for (let i = 0; i < ITERATIONS; i++) {
      runEngine()
      runRaw()
    }
    const engineTimes: number[] = []
    const rawTimes: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      engineTimes.push(time(runEngine))
      rawTimes.push(time(runRaw))
    }
    const engineMicros = median(engineTimes)
    const rawMicros = median(rawTimes)
    const hits = engine.index.controls({ q }).length
    rows.push({ q, hits, engineMicros, rawMicros, ratio: engineMicros / rawMicros })
  }
  const ratio = median(rows.map((row) => row.ratio))
  console.log(`search bench: ${corpus}, ${size} controls (median of ${ROUNDS}×${ITERATIONS} runs)`)
  for (const row of rows) {
    console.log(
      `  ${JSON.stringify(row.q).padEnd(32)} ${String(row.hits).padStart(5)} hits  ` +
        `engine ${row.engineMicros.toFixed(1).padStart(7)} µs  raw ${row.rawMicros.toFixed(1).padStart(7)} µs  ` +
        `×${row.ratio.toFixed(2)}`,
    )
  }
  console.log(`  median ratio engine/raw: ×${ratio.toFixed(2)} (target ≤ ×1.30)`)
  return { corpus, controls: size, ratio, rows }
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
    const { buildGraph } = await import('../src/build/build-graph.ts')
    if (existsSync(upstream)) {
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
  return makeGraph({ controls })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runSearchBench()
}
