import { withinOneEdit } from './within-one-edit.ts'

/** Shortest query term that gets typo correction. */
export const FUZZY_MIN_LENGTH = 5
/** Most corrections kept for one query term, so a short typo cannot fan out over the index. */
export const MAX_CORRECTIONS = 8

/** The set of indexed terms, for prefix checks and typo correction. */
export interface Vocabulary {
  /** Number of distinct terms. */
  readonly size: number
  /** True when some indexed term starts with `prefix` (or equals it). */
  hasPrefix(prefix: string): boolean
  /**
   * Prefixes of indexed terms (whole terms included) one edit away from `term` (substitution,
   * insertion, deletion, adjacent swap), sorted, without any that another one already covers.
   * Used as prefix keys, so `certifcate` reaches `certificates` through `certificate`.
   */
  corrections(term: string): string[]
}

/**
 * Precomputes a sorted term list (binary search for prefixes) and a symmetric-deletion map:
 * every distinct prefix (of length ≥ 4) of every term is filed under itself and each of its
 * one-character deletions. Two strings one edit apart always share such a key, so a lookup costs
 * (length + 1) map reads plus a verification, whatever the vocabulary size.
 */
export function createVocabulary(terms: Iterable<string>): Vocabulary {
  const sorted = [...new Set(terms)].sort()
  const deletions = new Map<string, string[]>()
  const file = (key: string, term: string): void => {
    const bucket = deletions.get(key)
    if (!bucket) deletions.set(key, [term])
    else if (bucket[bucket.length - 1] !== term) bucket.push(term)
  }
  const prefixes = new Set<string>()
  for (const term of sorted) {
    if (isNumeric(term)) continue
    for (let length = FUZZY_MIN_LENGTH - 1; length <= term.length; length++) {
      prefixes.add(term.slice(0, length))
    }
  }
  for (const prefix of [...prefixes].sort()) {
    file(prefix, prefix)
    for (let i = 0; i < prefix.length; i++) file(prefix.slice(0, i) + prefix.slice(i + 1), prefix)
  }

  const hasPrefix = (prefix: string): boolean => {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((sorted[middle] as string) < prefix) low = middle + 1
      else high = middle
    }
    return low < sorted.length && (sorted[low] as string).startsWith(prefix)
  }

  const corrections = (term: string): string[] => {
    const found = new Set<string>()
    const collect = (key: string): void => {
      for (const candidate of deletions.get(key) ?? []) {
        if (withinOneEdit(term, candidate)) found.add(candidate)
      }
    }
    collect(term)
    for (let i = 0; i < term.length; i++) collect(term.slice(0, i) + term.slice(i + 1))
    // A shorter correction already finds every term a longer one it prefixes would find.
    // In sorted order a covering prefix comes right before what it covers, so checking the last
    // kept one is enough.
    const kept: string[] = []
    for (const candidate of [...found].sort()) {
      const last = kept[kept.length - 1]
      if (last === undefined || !candidate.startsWith(last)) kept.push(candidate)
    }
    return kept.slice(0, MAX_CORRECTIONS)
  }

  return { size: sorted.length, hasPrefix, corrections }
}

function isNumeric(term: string): boolean {
  return /^\p{N}+$/u.test(term)
}
