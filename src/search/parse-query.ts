import { FUZZY_MIN_LENGTH } from './create-vocabulary.ts'
import type { Vocabulary } from './create-vocabulary.ts'
import { TERM_END } from './index-key.ts'
import { tokenize } from './tokenize.ts'

/** Query text beyond this is ignored: the API allows far less, this only bounds the work. */
export const MAX_QUERY_LENGTH = 1000
/** Distinct terms beyond this are ignored. */
export const MAX_QUERY_TERMS = 12

/** Words too common to discriminate; dropped unless the query has nothing else. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'this',
  'that',
  'to',
  'with',
])

/** How one query term is looked up. */
export type TermMatch = 'exact' | 'prefix' | 'fuzzy' | 'none'

/** One query term and the index keys that find it. */
export interface QueryTerm {
  /** The normalised term as typed. */
  text: string
  /** `exact` for numbers and terms of one or two characters, `prefix` when some indexed term starts
   *  with it, `fuzzy` when only typo corrections exist, `none` when nothing can match. */
  match: TermMatch
  /** FlexSearch lookup keys: the prefix, the term with its end marker, or the corrections. */
  keys: string[]
}

/** Splits a query into distinct terms and decides how each one is matched. */
export function parseQuery(q: unknown, vocabulary: Vocabulary): QueryTerm[] {
  if (typeof q !== 'string' || q === '') return []
  const text = q.length > MAX_QUERY_LENGTH ? q.slice(0, MAX_QUERY_LENGTH) : q
  const distinct = [...new Set(tokenize(text))]
  const meaningful = distinct.filter((term) => !STOP_WORDS.has(term))
  const terms = (meaningful.length > 0 ? meaningful : distinct).slice(0, MAX_QUERY_TERMS)
  return terms.map((term) => describeTerm(term, vocabulary))
}

function describeTerm(text: string, vocabulary: Vocabulary): QueryTerm {
  // Prefix matching on `2` or `ds` would find `2019` or `dss`: short terms and numbers match whole.
  if (text.length <= 2 || /^\p{N}+$/u.test(text)) {
    return { text, match: 'exact', keys: [text + TERM_END] }
  }
  if (vocabulary.hasPrefix(text)) return { text, match: 'prefix', keys: [text] }
  if (text.length >= FUZZY_MIN_LENGTH) {
    const corrections = vocabulary.corrections(text)
    if (corrections.length > 0) return { text, match: 'fuzzy', keys: corrections }
  }
  return { text, match: 'none', keys: [] }
}
