/** Longest term kept: longer runs are cut so hostile input cannot blow up index keys. */
export const MAX_TERM_LENGTH = 40

const COMBINING_MARKS = /\p{M}/gu

/**
 * Folds text for matching: compatibility decomposition, lower case, accents dropped,
 * so `Café`, `CAFE` and `café` meet.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS, '')
}
