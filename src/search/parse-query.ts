import { FUZZY_MIN_LENGTH } from './create-vocabulary.ts'
import type { Vocabulary } from './create-vocabulary.ts'
import { findRequirementIds } from './find-requirement-ids.ts'
import { REQUIREMENT_MARK, TERM_END } from './index-key.ts'
import { synonymKeysOfQuery } from './synonym-keys.ts'
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

/** What a query can name besides words. */
export interface QueryOptions {
  /**
   * The requirement ids a typed id selects (`SC-28` → SC-28 and its enhancements), or null when
   * the catalog has no such requirement (the text is then searched as words).
   */
  requirements?: (text: string) => readonly string[] | null
}

/**
 * Splits a query into distinct terms and decides how each one is matched: requirement ids the
 * resolver knows become one term each, and words that name a synonym entry (`mfa`, `ssl`,
 * `key management`) also look up that entry's key.
 */
export function parseQuery(
  q: unknown,
  vocabulary: Vocabulary,
  options: QueryOptions = {},
): QueryTerm[] {
  if (typeof q !== 'string' || q === '') return []
  const text = q.length > MAX_QUERY_LENGTH ? q.slice(0, MAX_QUERY_LENGTH) : q
  const { mentions, rest } = options.requirements
    ? findRequirementIds(text, options.requirements)
    : { mentions: [], rest: text }
  const named = new Map<string, QueryTerm>()
  for (const mention of mentions.slice(0, MAX_QUERY_TERMS)) {
    const keys = mention.ids.map((id) => REQUIREMENT_MARK + id + TERM_END)
    named.set(keys.join(' '), { text: mention.text, match: 'exact', keys })
  }
  const tokens = tokenize(rest)
  const distinct = [...new Set(tokens)]
  const meaningful = distinct.filter((term) => !STOP_WORDS.has(term))
  const words = (meaningful.length > 0 || named.size > 0 ? meaningful : distinct).slice(
    0,
    MAX_QUERY_TERMS - named.size,
  )
  const synonyms = synonymKeysOfQuery(tokens)
  return [
    ...named.values(),
    ...words.map((word) => withSynonyms(describeTerm(word, vocabulary), synonyms.get(word))),
  ]
}

/**
 * The term also finds the entries its word names, as a direct match. A number or a one- or
 * two-letter word inside a name (`2` and `fa` of `2fa`) only stands for the name.
 */
function withSynonyms(term: QueryTerm, keys: readonly string[] | undefined): QueryTerm {
  if (keys === undefined) return term
  const own = term.match === 'exact' ? [] : term.keys
  return { ...term, keys: [...own, ...keys.map((key) => key + TERM_END)] }
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
