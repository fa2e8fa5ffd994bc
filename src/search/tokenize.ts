import { MAX_TERM_LENGTH, normalizeText } from './normalize-text.ts'

// Letters and digits form separate terms, so `SOC2`, `soc 2` and `SOC-2` all give `soc`, `2`.
const TERM = /\p{L}+|\p{N}+/gu

/** Normalised terms of `text`, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  const terms = normalizeText(text).match(TERM)
  if (!terms) return []
  return terms.map((term) =>
    term.length > MAX_TERM_LENGTH ? term.slice(0, MAX_TERM_LENGTH) : term,
  )
}
