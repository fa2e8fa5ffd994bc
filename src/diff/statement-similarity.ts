/** Lower-case ASCII words of a statement: accents, punctuation and Markdown escapes do not count. */
export function statementWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** Dice coefficient of two word sets (1 when both are empty). */
export function wordSetDice(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 && right.size === 0) return 1
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return (2 * shared) / (left.size + right.size)
}

/**
 * Dice coefficient over the sets of words of two statements (0–1; 1 for the same words).
 * Word sets ignore order and repetition, so a rewording that keeps the vocabulary scores high while
 * two statements that only share boilerplate ("AWS CloudHSM", "the") score low; Dice rather than
 * Jaccard because one inserted clause should not halve the score of a long sentence. See
 * `bench/diff-threshold.ts` for the measured distributions behind the threshold.
 */
export function statementSimilarity(a: string, b: string): number {
  return wordSetDice(new Set(statementWords(a)), new Set(statementWords(b)))
}
