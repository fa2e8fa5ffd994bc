import { SEPARATOR, spellingWords } from './spelling-words.ts'

/** ASCII letters and digits: what the spellings' word bound (`(?<![A-Za-z0-9])`) looks at. */
const isAsciiAlnum = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)

/** A regex's ignore-case comparison, for ASCII: upper-case letters read as lower-case. */
const fold = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code)

const key2 = (a: number, b: number): number => a * 0x10000 + b
const key3 = (a: number, b: number, c: number): number => key2(a, b) * 0x10000 + c

/**
 * A fast necessary condition for a text to name one of `spellings` (matched case-insensitively,
 * not after a letter or digit): at such a position it holds the first three characters of a
 * spelling's first word, or its first two when the word has two, or, for a one-letter word
 * ("K-ISMS"), that letter before a separator or before the next word's first letter. Most texts
 * name no program, and this check by char codes rules them out far faster than the alternation
 * of every spelling. Null when a spelling opens in a way the check cannot read (a lone
 * character, or not ASCII): then every text must be matched in full.
 */
export function createOpeningFilter(
  spellings: readonly string[],
): ((text: string) => boolean) | null {
  const singles = new Set<number>()
  const twos = new Set<number>()
  const threes = new Set<number>()
  for (const spelling of spellings) {
    const [first = '', second = ''] = spellingWords(spelling)
    const opening = first.length === 1 ? first + second.slice(0, 1) : first.slice(0, 3)
    const codes = [...opening].map((char) => char.charCodeAt(0))
    if (codes.length < 2 || codes.some((code) => code > 0x7f)) return null
    const [a, b, c] = codes.map(fold) as [number, number, number | undefined]
    if (first.length === 1) singles.add(a)
    if (c === undefined) twos.add(key2(a, b))
    else threes.add(key3(a, b, c))
  }
  return (text) => {
    for (let p = 0; p + 1 < text.length; p++) {
      if (p > 0 && isAsciiAlnum(text.charCodeAt(p - 1))) continue
      const a = fold(text.charCodeAt(p))
      const b = fold(text.charCodeAt(p + 1))
      if (twos.has(key2(a, b)) || (singles.has(a) && SEPARATOR.test(text.charAt(p + 1))))
        return true
      if (p + 2 < text.length && threes.has(key3(a, b, fold(text.charCodeAt(p + 2))))) return true
    }
    return false
  }
}
