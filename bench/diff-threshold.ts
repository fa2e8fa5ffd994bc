/**
 * Measures statement similarity of true rewordings against unrelated control pairs, to choose the
 * threshold `diffGraphs` pairs controls at (see the README, "What changed?").
 *
 * Ground truth does not come from the measure itself: two builds of the same content at two dates
 * are compared file by file with a line diff. Inside a changed region of a file that exists on both
 * sides, the controls that exist only on the old side and only on the new side are taken as
 * rewordings of one another when both sides have the same number of them (paired in order).
 * Unrelated pairs are all cross-version pairs of different statements of one service that are not
 * such a rewording.
 *
 *   node --import tsx bench/diff-threshold.ts
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildGraph } from '../src/compile/build-graph.ts'
import { statementWords } from '../src/diff/statement-similarity.ts'
import { SIMILARITY_THRESHOLD } from '../src/diff/similarity-threshold.ts'
import {
  missingPath,
  projectRoot,
  upstreamGuide as upstreamNew,
  upstreamGuide2022 as upstreamOld,
} from '../test/support/shared-corpus.ts'
import type { Control, Graph } from '../src/model/index.ts'

type Measure = (a: string, b: string) => number

function trigrams(text: string): Set<string> {
  const s = ` ${statementWords(text).join(' ')} `
  const grams = new Set<string>()
  for (let i = 0; i + 3 <= s.length; i++) grams.add(s.slice(i, i + 3))
  return grams
}

function setDice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return (2 * shared) / (a.size + b.size)
}

// Word and trigram sets are cached per statement: the unrelated pairs run into the millions.
const wordSets = new Map<string, Set<string>>()
const gramSets = new Map<string, Set<string>>()
function cached(cache: Map<string, Set<string>>, make: (t: string) => Set<string>, text: string) {
  let value = cache.get(text)
  if (value === undefined) cache.set(text, (value = make(text)))
  return value
}
const words = (t: string): Set<string> => cached(wordSets, (x) => new Set(statementWords(x)), t)
const grams = (t: string): Set<string> => cached(gramSets, trigrams, t)
/** Same value as `statementSimilarity`, with cached word sets. */
const wordDice: Measure = (a, b) => setDice(words(a), words(b))

const MEASURES: Record<string, Measure> = {
  'word dice (chosen)': wordDice,
  'word jaccard': (a, b) => {
    const d = wordDice(a, b)
    return d / (2 - d)
  },
  'trigram dice': (a, b) => setDice(grams(a), grams(b)),
  'blend (word+trigram)/2': (a, b) => (wordDice(a, b) + setDice(grams(a), grams(b))) / 2,
}

/** Changed regions of a line diff (LCS): old lines [a0, a1), new lines [b0, b1), 1-based. */
function changedRegions(
  oldLines: string[],
  newLines: string[],
): { a0: number; a1: number; b0: number; b1: number }[] {
  const n = oldLines.length
  const m = newLines.length
  const at = (i: number, j: number): number => lcs[i * (m + 1) + j] ?? 0
  const lcs = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        oldLines[i] === newLines[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
  const regions: { a0: number; a1: number; b0: number; b1: number }[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && oldLines[i] === newLines[j]) {
      i++
      j++
      continue
    }
    const a0 = i
    const b0 = j
    while ((i < n || j < m) && !(i < n && j < m && oldLines[i] === newLines[j])) {
      if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) i++
      else j++
    }
    regions.push({ a0: a0 + 1, a1: i + 1, b0: b0 + 1, b1: j + 1 })
  }
  return regions
}

interface Corpus {
  name: string
  old: Graph
  new: Graph
  oldDir: string
  newDir: string
}

interface Pairs {
  positives: [Control, Control][]
  negatives: [Control, Control][]
}

function groundTruth(corpus: Corpus): Pairs {
  const newIds = new Set(corpus.new.controls.map((c) => c.id))
  const oldIds = new Set(corpus.old.controls.map((c) => c.id))
  const removed = corpus.old.controls.filter((c) => !newIds.has(c.id))
  const added = corpus.new.controls.filter((c) => !oldIds.has(c.id))
  const positives: [Control, Control][] = []
  const files = new Set(removed.map((c) => `${c.service}\0${c.source.file}`))
  for (const key of [...files].sort()) {
    const [service = '', file = ''] = key.split('\0')
    const dirOf = (graph: Graph): string => graph.services.find((s) => s.id === service)?.dir ?? '.'
    const oldPath = join(corpus.oldDir, file)
    const newPath = join(corpus.newDir, file)
    if (!existsSync(newPath) || dirOf(corpus.old) !== dirOf(corpus.new)) continue
    const regions = changedRegions(
      readFileSync(oldPath, 'utf8').split('\n'),
      readFileSync(newPath, 'utf8').split('\n'),
    )
    for (const r of regions) {
      const before = removed.filter(
        (c) =>
          c.service === service &&
          c.source.file === file &&
          c.source.line >= r.a0 &&
          c.source.line < r.a1,
      )
      const after = added.filter(
        (c) =>
          c.service === service &&
          c.source.file === file &&
          c.source.line >= r.b0 &&
          c.source.line < r.b1,
      )
      if (before.length > 0 && before.length === after.length)
        before.forEach((c, k) => {
          const partner = after[k]
          if (partner) positives.push([c, partner])
        })
    }
  }
  const truth = new Set(positives.map(([a, b]) => `${a.id}\0${b.id}`))
  const negatives: [Control, Control][] = []
  for (const a of corpus.old.controls)
    for (const b of corpus.new.controls)
      if (
        a.service === b.service &&
        wordDice(a.statement, b.statement) < 1 &&
        !truth.has(`${a.id}\0${b.id}`)
      )
        negatives.push([a, b])
  return { positives, negatives }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

const f2 = (x: number): string => x.toFixed(2)

function report(name: string, pairs: Pairs): void {
  console.log(
    `\n## ${name}: ${pairs.positives.length} rewordings, ${pairs.negatives.length} unrelated pairs`,
  )
  for (const [label, measure] of Object.entries(MEASURES)) {
    const pos = pairs.positives
      .map(([a, b]) => measure(a.statement, b.statement))
      .sort((x, y) => x - y)
    const neg = pairs.negatives
      .map(([a, b]) => measure(a.statement, b.statement))
      .sort((x, y) => x - y)
    console.log(
      `${label.padEnd(24)} rewordings min ${f2(pos[0] ?? NaN)} p10 ${f2(quantile(pos, 0.1))} median ${f2(quantile(pos, 0.5))}` +
        ` | unrelated median ${f2(quantile(neg, 0.5))} p99 ${f2(quantile(neg, 0.99))} p99.9 ${f2(quantile(neg, 0.999))} max ${f2(neg.at(-1) ?? NaN)}`,
    )
  }
  console.log('threshold  rewordings kept  unrelated pairs above (word dice)')
  const pos = pairs.positives.map(([a, b]) => wordDice(a.statement, b.statement))
  const neg = pairs.negatives.map(([a, b]) => wordDice(a.statement, b.statement))
  for (let t = 0.3; t <= 0.901; t += 0.05) {
    const kept = pos.filter((s) => s >= t).length
    const above = neg.filter((s) => s >= t).length
    const mark = Math.abs(t - SIMILARITY_THRESHOLD) < 1e-9 ? '  <- chosen' : ''
    console.log(
      `  ${f2(t)}     ${String(kept).padStart(3)}/${pos.length} (${f2(kept / Math.max(1, pos.length))})   ${String(above).padStart(6)} (${((above / Math.max(1, neg.length)) * 100).toFixed(3)}%)${mark}`,
    )
  }
  if (process.env.SHOW_PAIRS) {
    for (const [a, b] of pairs.positives)
      console.log(
        `  ${f2(wordDice(a.statement, b.statement))} ${a.id}\n    - ${a.statement}\n    + ${b.statement}`,
      )
  }
  const hist = new Array<number>(10).fill(0)
  for (const s of pos) {
    const k = Math.min(9, Math.floor(s * 10))
    hist[k] = (hist[k] ?? 0) + 1
  }
  console.log(`rewordings by tenth (word dice): ${hist.join(' ')}`)
}

async function main(): Promise<void> {
  const project = projectRoot
  const all: Pairs = { positives: [], negatives: [] }
  const add = (name: string, pairs: Pairs): void => {
    report(name, pairs)
    // push(...) would overflow the stack with millions of pairs
    for (const pair of pairs.positives) all.positives.push(pair)
    for (const pair of pairs.negatives) all.negatives.push(pair)
  }

  const missing = missingPath(upstreamOld, upstreamNew)
  if (missing === undefined) {
    const [old, next] = await Promise.all([
      buildGraph({ content: upstreamOld, allPages: true }),
      buildGraph({ content: upstreamNew, allPages: true }),
    ])
    add(
      'upstream CloudHSM guide, June 2022 -> April 2023, every page',
      groundTruth({
        name: 'upstream',
        old,
        new: next,
        oldDir: upstreamOld,
        newDir: upstreamNew,
      }),
    )
  } else {
    console.log(`skipped the upstream corpora: not found: ${missing}`)
  }

  // content/ as first committed (ced0ecc) against the working tree: the project's own rewordings.
  const first = 'ced0ecc'
  const tmp = mkdtempSync(join(tmpdir(), 'secgraph-diff-bench-'))
  try {
    const archive = execFileSync('git', ['archive', first, 'content'], { cwd: project })
    execFileSync('tar', ['-x', '-C', tmp], { input: archive })
    const oldDir = join(tmp, 'content')
    const newDir = join(project, 'content')
    const [old, next] = await Promise.all([
      buildGraph({ content: oldDir }),
      buildGraph({ content: newDir }),
    ])
    add(
      `content/ at ${first} -> working tree`,
      groundTruth({ name: 'content', old, new: next, oldDir, newDir }),
    )
  } catch (error) {
    console.log(
      `skipped content/ history: ${error instanceof Error ? error.message : String(error)}`,
    )
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  report('all corpora together', all)
}

await main()
