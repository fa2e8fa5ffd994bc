/**
 * Marks the end of every indexed term. With FlexSearch's `forward` tokenizer each term is indexed
 * under all its prefixes, so `encryp` finds `encryption$` while `ds$` finds only the whole term `ds`.
 */
export const TERM_END = '$'

/** Field text as given to FlexSearch: terms joined by spaces, each with the end marker. */
export function encodeTerms(terms: readonly string[]): string {
  return terms.map((term) => term + TERM_END).join(' ')
}

/** FlexSearch `encode` function: the field text is already encoded, only split it. */
export function splitEncoded(text: string): string[] {
  return text.split(' ').filter((term) => term !== '')
}

/**
 * Openers of the keys search adds beside the words of a field: synonym entries (`~mfa…`) and
 * mapped requirements (`#nist-800-53-r5:sc-28`). Query words are letters or digits only, so a
 * typed word never reaches one of these keys by prefix: only the query that names them does.
 */
export const SYNONYM_MARK = '~'
export const REQUIREMENT_MARK = '#'
