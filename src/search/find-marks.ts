import { FUZZY_MIN_LENGTH } from './create-vocabulary.ts'
import { SYNONYM_MARK } from './index-key.ts'
import type { QueryTerm } from './parse-query.ts'
import { synonymRanges } from './synonym-keys.ts'
import { tokenize } from './tokenize.ts'
import { withinOneEdit } from './within-one-edit.ts'

/** Only this many leading characters are scanned for matches; the rest is escaped as is. */
export const MAX_MARK_SCAN = 100_000

// Runs of letters (with their combining marks) or of digits, in the original text.
const RUN = /[\p{L}\p{M}]+|\p{N}+/gu

/** A run of `text` with the normalized words it holds, as the index tokenizes them. */
interface WordRun {
  start: number
  end: number
  words: string[]
}

/** Texts whose runs are kept: every statement and title of a large guide, with room to spare. */
const MAX_TEXTS = 10_000
/** Longer texts (rare: statements are sentences) are tokenized per call instead of kept. */
const MAX_KEPT_LENGTH = 4_096
// Statements are highlighted again and again with different queries: tokenizing each text once
// and keeping its runs leaves only the comparisons with the query terms per request. Keyed by the
// text itself, so a reload's new graph shares the entries of every unchanged statement.
const runsByText = new Map<string, WordRun[]>()

function wordRuns(text: string): WordRun[] {
  let runs = runsByText.get(text)
  if (runs !== undefined) return runs
  const scanned = text.length > MAX_MARK_SCAN ? text.slice(0, MAX_MARK_SCAN) : text
  runs = []
  for (const run of scanned.matchAll(RUN)) {
    runs.push({ start: run.index, end: run.index + run[0].length, words: tokenize(run[0]) })
  }
  if (text.length > MAX_KEPT_LENGTH) return runs
  if (runsByText.size >= MAX_TEXTS) runsByText.delete(runsByText.keys().next().value as string)
  runsByText.set(text, runs)
  return runs
}

/**
 * `[start, end)` offsets of the words of `text` that match `terms` the way the index does
 * (whole term, prefix, or one typo away), adjacent ranges merged, in order.
 */
export function findMarks(text: string, terms: readonly QueryTerm[]): number[] {
  const ranges: number[] = []
  if (terms.length === 0 || text === '') return ranges
  for (const { start, end, words } of wordRuns(text)) {
    if (!words.some((word) => terms.some((term) => matches(word, term)))) continue
    if (ranges.length > 0 && ranges[ranges.length - 1] === start) ranges[ranges.length - 1] = end
    else ranges.push(start, end)
  }
  // Names of the synonym entries the query looks up ("multi-factor authentication" for `mfa`).
  const keys = terms.flatMap((term) => term.keys.filter((key) => key.startsWith(SYNONYM_MARK)))
  if (keys.length === 0) return ranges
  const scanned = text.length > MAX_MARK_SCAN ? text.slice(0, MAX_MARK_SCAN) : text
  return union(ranges, synonymRanges(scanned, keys))
}

/** Two ordered `[start, end)` lists as one, overlapping and adjacent ranges joined. */
function union(a: readonly number[], b: readonly number[]): number[] {
  const pairs: [number, number][] = []
  for (const list of [a, b])
    for (let i = 0; i + 1 < list.length; i += 2)
      pairs.push([list[i] as number, list[i + 1] as number])
  pairs.sort((x, y) => x[0] - y[0])
  const merged: number[] = []
  for (const [start, end] of pairs) {
    const last = merged.length - 1
    if (last > 0 && start <= (merged[last] as number))
      merged[last] = Math.max(merged[last] as number, end)
    else merged.push(start, end)
  }
  return merged
}

function matches(word: string, term: QueryTerm): boolean {
  switch (term.match) {
    case 'exact':
      return word === term.text
    case 'prefix':
      return word.startsWith(term.text)
    case 'fuzzy':
      return term.keys.some((key) => word.startsWith(key)) || withinOneEdit(word, term.text)
    case 'none':
      // Text outside the index may still hold the word: match it the way it would be found.
      return (
        word.startsWith(term.text) ||
        (term.text.length >= FUZZY_MIN_LENGTH && withinOneEdit(word, term.text))
      )
  }
}
