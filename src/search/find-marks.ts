import { FUZZY_MIN_LENGTH } from './create-vocabulary.ts'
import type { QueryTerm } from './parse-query.ts'
import { tokenize } from './tokenize.ts'
import { withinOneEdit } from './within-one-edit.ts'

/** Only this many leading characters are scanned for matches; the rest is escaped as is. */
export const MAX_MARK_SCAN = 100_000

// Runs of letters (with their combining marks) or of digits, in the original text.
const RUN = /[\p{L}\p{M}]+|\p{N}+/gu

/**
 * `[start, end)` offsets of the words of `text` that match `terms` the way the index does
 * (whole term, prefix, or one typo away), adjacent ranges merged, in order.
 */
export function findMarks(text: string, terms: readonly QueryTerm[]): number[] {
  const ranges: number[] = []
  if (terms.length === 0 || text === '') return ranges
  const scanned = text.length > MAX_MARK_SCAN ? text.slice(0, MAX_MARK_SCAN) : text
  for (const run of scanned.matchAll(RUN)) {
    const start = run.index
    const end = start + run[0].length
    if (!tokenize(run[0]).some((word) => terms.some((term) => matches(word, term)))) continue
    if (ranges.length > 0 && ranges[ranges.length - 1] === start) ranges[ranges.length - 1] = end
    else ranges.push(start, end)
  }
  return ranges
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
