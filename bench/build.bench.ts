/**
 * Build benchmark: `buildGraph` with allPages on the upstream guide and on synthetic ×10 / ×100
 * corpora (the guide copied under new file names, links and title anchors rewritten), each as a
 * ratio to a bare remark parse of the same files (read + parse) measured in the same run.
 *
 *   node --import tsx bench/build.bench.ts   (or `npm run bench -- build`)
 *   Env: BENCH_SCALES=1,10,100  BENCH_ITERATIONS=<n> (default 5 / 3 / 1 by scale).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { buildGraph } from '../src/compile/build-graph.ts'
import { extractControls } from '../src/compile/extract/extract-controls.ts'
import { parsePage } from '../src/compile/parse-page.ts'
import { createCatalogMemo } from '../src/compile/steps/load-catalogs.ts'
import { loadPrograms } from '../src/compile/steps/load-programs.ts'
import type { Program } from '../src/model/program.ts'
import type { Service } from '../src/model/service.ts'
import { missingPath, upstreamGuide as guide } from '../test/support/shared-corpus.ts'

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Wall and CPU milliseconds of one measured run (CPU: this process, user + system). */
interface Timing {
  ms: number
  cpu: number
}

/** Times `work`: wall clock, and CPU, which load from other processes inflates far less. */
async function timed(work: () => Promise<void>): Promise<Timing> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await work()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

/** Copy `c` of the guide: copy 1 keeps the real names, copy c > 1 renames `x.md` to `x-c<c>.md`. */
function generate(scale: number): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `secgraph-bench-x${scale}-`))
  const files = readdirSync(guide).filter((f) => f.endsWith('.md'))
  const names = new Set(files)
  const texts = files.map((f) => [f, readFileSync(join(guide, f), 'utf8')] as const)
  for (let c = 1; c <= scale; c++) {
    const rename = (file: string): string => (c === 1 ? file : file.replace(/\.md$/, `-c${c}.md`))
    mkdirSync(dir, { recursive: true })
    for (const [file, text] of texts) {
      let out = text.replace(
        /\]\(([^)#\s]+\.md)(#[^)\s]*)?\)/g,
        (whole, target: string, hash = '') =>
          names.has(target) ? `](${rename(target)}${hash as string})` : whole,
      )
      // Topic ids come from the title anchor, so each copy needs its own.
      if (c > 1) {
        out = /^# .*<a name="/m.test(out)
          ? out.replace(/^(# .*?<a name=")([^"]+)(")/m, `$1$2-c${c}$3`)
          : out.replace(/^(# .*)$/m, `$1<a name="${file.replace(/\.md$/, '')}-c${c}"></a>`)
      }
      writeFileSync(join(dir, rename(file)), out)
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

function bareParse(dir: string): Promise<Timing> {
  const processor = unified().use(remarkParse)
  return timed(async () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      processor.parse(await readFile(join(dir, file), 'utf8'))
    }
  })
}

function parseOnly(dir: string): Promise<Timing> {
  return timed(async () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      parsePage({ file, markdown: await readFile(join(dir, file), 'utf8'), service: 'bench' })
    }
  })
}

/** parsePage + extractControls per file, no tree, links or validation: the pipeline's floor. */
function parseAndExtract(dir: string, programs: Program[]): Promise<Timing> {
  const service: Service = { id: 'bench', name: 'Bench', provider: 'AWS', rootTopic: '', dir: '.' }
  // A copy per run: what extraction learns per build (keyed by the programs array) starts afresh.
  const vocabulary = [...programs]
  return timed(async () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const { page } = parsePage({
        file,
        markdown: await readFile(join(dir, file), 'utf8'),
        service: 'bench',
      })
      extractControls(page, { service, programs: vocabulary })
    }
  })
}

async function build(dir: string): Promise<Timing & { controls: number }> {
  let controls = 0
  const timing = await timed(async () => {
    // A fresh memo: each build reads and indexes the catalogs, as a one-shot `secgraph build` does.
    const graph = await buildGraph({ content: dir, allPages: true, catalogs: createCatalogMemo() })
    const error = graph.diagnostics.find((d) => d.severity === 'error')
    if (error)
      throw new Error(`build of ${dir} has errors: ${error.file}:${error.line} ${error.code}`)
    controls = graph.controls.length
  })
  return { ...timing, controls }
}

export async function runBuildBench(): Promise<void> {
  if (missingPath(guide) !== undefined) {
    console.log(`skipped: upstream guide not found: ${guide}`)
    return
  }
  const scales = (process.env.BENCH_SCALES ?? '1,10,100')
    .split(',')
    .map(Number)
    .filter((n) => n >= 1)
  const rows: string[][] = []
  const programs = (await loadPrograms(guide, [])).programs
  await build(guide) // warm-up: module loading and JIT
  for (const scale of scales) {
    const iterations =
      Number(process.env.BENCH_ITERATIONS) || (scale >= 100 ? 1 : scale >= 10 ? 3 : 5)
    const corpus = scale === 1 ? { dir: guide, cleanup: () => undefined } : generate(scale)
    try {
      const bare: Timing[] = []
      const parsed: Timing[] = []
      const extracted: Timing[] = []
      const built: Timing[] = []
      let controls = 0
      // Interleaved, so a load spike on the machine hits all four alike.
      for (let i = 0; i < iterations; i++) {
        bare.push(await bareParse(corpus.dir))
        parsed.push(await parseOnly(corpus.dir))
        extracted.push(await parseAndExtract(corpus.dir, programs))
        const result = await build(corpus.dir)
        built.push(result)
        controls = result.controls
      }
      const files = readdirSync(corpus.dir).filter((f) => f.endsWith('.md')).length
      const wall = (runs: Timing[]): number => median(runs.map((run) => run.ms))
      const cpu = (runs: Timing[]): number => median(runs.map((run) => run.cpu))
      const b = wall(bare)
      rows.push([
        `x${scale}`,
        String(files),
        String(controls),
        String(iterations),
        b.toFixed(0),
        wall(parsed).toFixed(0),
        wall(extracted).toFixed(0),
        wall(built).toFixed(0),
        (wall(parsed) / b).toFixed(2),
        (wall(extracted) / b).toFixed(2),
        (wall(built) / b).toFixed(2),
        (cpu(built) / cpu(bare)).toFixed(2),
        (wall(built) / files).toFixed(2),
      ])
      console.log(`  x${scale}: done`)
    } finally {
      corpus.cleanup()
    }
  }
  const header = [
    'corpus',
    'files',
    'controls',
    'runs',
    'remark ms',
    'parsePage ms',
    '+extract ms',
    'build ms',
    'parse ratio',
    '+extract ratio',
    'build ratio',
    'build cpu ratio',
    'build ms/file',
  ]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string =>
    cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')
  console.log(line(header))
  for (const row of rows) console.log(line(row))
  console.log(
    'ratios are medians over the remark baseline (read + parse of the same files), wall time but for the cpu ratio (this process, user + system); target build ratio <= 1.5',
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runBuildBench()
}
