import { requiredLiterals } from './required-literals.ts'

/** Tells, from one scan of a text, which of many patterns cannot match it. */
export interface LiteralPrefilter {
  /** A test for this text: false only when the pattern cannot match it (unknown patterns: true). */
  scan(text: string): (pattern: RegExp) => boolean
}

/**
 * Literals are cut to their first few characters: a scan for a few hundred short keys is many
 * times faster than one for the full literals, and the keys still rule out most patterns.
 */
const KEY_LENGTH = 4

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Every pattern's required literals (`requiredLiterals`) go into one case-insensitive scan of the
 * text: a pattern none of whose literals occur cannot match, so it need not run.
 */
export function createLiteralPrefilter(patterns: readonly RegExp[]): LiteralPrefilter {
  const indexOf = new Map(patterns.map((pattern, index) => [pattern, index]))
  const slots = new Map<string, number>()
  /** For each key, the patterns it lets run. */
  const users: number[][] = []
  const always: number[] = []
  for (const [index, pattern] of patterns.entries()) {
    const literals = requiredLiterals(pattern)
    if (literals === null) always.push(index)
    for (const key of new Set(literals?.map((literal) => literal.slice(0, KEY_LENGTH)))) {
      const slot = slots.get(key) ?? slots.size
      slots.set(key, slot)
      ;(users[slot] ??= []).push(index)
    }
  }
  const keys = [...slots.keys()]
  // At each position the scan reports the longest key there (alternatives longest first); the
  // others starting there are its prefixes, so they count with it.
  const reached = keys.map((key) => {
    const found = new Set<number>()
    for (let end = 1; end <= key.length; end++)
      for (const index of users[slots.get(key.slice(0, end)) ?? -1] ?? []) found.add(index)
    return [...found]
  })
  const longestFirst = [...keys].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  // A lookahead matches no text, so every position is tried: overlapping keys all count.
  const scanner =
    keys.length === 0 ? null : new RegExp(`(?=(${longestFirst.map(escape).join('|')}))`, 'gi')
  return {
    scan(text) {
      const possible = new Uint8Array(patterns.length)
      for (const index of always) possible[index] = 1
      if (scanner !== null) {
        scanner.lastIndex = 0
        for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
          scanner.lastIndex = match.index + 1
          const slot = slots.get((match[1] as string).toLowerCase())
          for (const index of reached[slot ?? -1] ?? []) possible[index] = 1
        }
      }
      return (pattern) => {
        const index = indexOf.get(pattern)
        return index === undefined || possible[index] === 1
      }
    },
  }
}
