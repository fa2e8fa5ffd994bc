import { SYNONYMS, synonymPattern } from '../model/synonyms.ts'
import type { SynonymName } from '../model/synonyms.ts'
import { SYNONYM_MARK, TERM_END } from './index-key.ts'
import { tokenize } from './tokenize.ts'

interface Entry {
  key: string
  pattern: RegExp
  /** Each name as the query tokenizer splits it (`2FA` → `2`, `fa`). */
  names: readonly (readonly string[])[]
}

// The table the mapper's concepts are written with (model/synonyms.ts): one list of words.
const ENTRIES: readonly Entry[] = SYNONYMS.map((entry) => ({
  key: SYNONYM_MARK + entry.name,
  pattern: new RegExp(String.raw`\b${synonymPattern(entry.name as SynonymName)}\b`, 'i'),
  names: entry.names.map((name) => tokenize(name)),
}))

/** The synonym keys of the entries a text names, for its index field. */
export function synonymKeysOf(text: string): string[] {
  return ENTRIES.filter((entry) => entry.pattern.test(text)).map((entry) => entry.key)
}

/**
 * For each query word that belongs to a name of an entry (the whole name present in the query,
 * in order; a final plural `s` allowed), the keys of those entries.
 */
export function synonymKeysOfQuery(tokens: readonly string[]): Map<string, string[]> {
  const keys = new Map<string, string[]>()
  for (const entry of ENTRIES) {
    for (const name of entry.names) {
      for (let at = 0; at + name.length <= tokens.length; at++) {
        if (
          !name.every((part, i) => sameWord(tokens[at + i] as string, part, i === name.length - 1))
        )
          continue
        for (const token of tokens.slice(at, at + name.length)) {
          const list = keys.get(token) ?? []
          if (!list.includes(entry.key)) list.push(entry.key)
          keys.set(token, list)
        }
      }
    }
  }
  return keys
}

const sameWord = (token: string, part: string, last: boolean): boolean =>
  token === part || (last && token === `${part}s`)

const byKey = new Map(ENTRIES.map((entry) => [entry.key, entry]))

/**
 * `[start, end)` offsets, in order, of the names in `text` of the entries whose keys (with or
 * without the term end marker) a query looks up: "multi-factor authentication" for `mfa`.
 */
export function synonymRanges(text: string, keys: readonly string[]): number[] {
  const ranges: [number, number][] = []
  for (const key of new Set(keys)) {
    const entry = byKey.get(key.endsWith(TERM_END) ? key.slice(0, -TERM_END.length) : key)
    if (entry === undefined) continue
    const global = new RegExp(entry.pattern.source, 'gi')
    for (const match of text.matchAll(global))
      if (match[0] !== '') ranges.push([match.index, match.index + match[0].length])
  }
  ranges.sort((a, b) => a[0] - b[0])
  return ranges.flat()
}
