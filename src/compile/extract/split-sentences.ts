/** A sentence of a plain-text run, with its character range in that run. */
export interface SentenceSpan {
  text: string
  /** Offset of the sentence's first character in the run. */
  start: number
  /** Offset just after the sentence's last character. */
  end: number
}

// Abbreviations whose period never ends a sentence, whatever follows.
const NEVER_FINAL = new Set([
  'e.g',
  'i.e',
  'cf',
  'vs',
  'viz',
  'approx',
  'fig',
  'figs',
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sr',
  'jr',
  'inc',
  'ltd',
  'co',
  'corp',
  'al',
  'ref',
  'sec',
  'ch',
  'vol',
  'ver',
  'rev',
  'p',
  'pp',
  'u.s',
  'u.k',
  'e.u',
  'a.m',
  'p.m',
])

const CLOSERS = new Set(['"', "'", ')', ']', '”', '’', '*', '_'])
const OPENERS = /["'([“‘*_`]/

/** The word (letters, digits and inner periods) that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  let i = index
  while (i > 0 && /[A-Za-z0-9.]/.test(text[i - 1] ?? '')) i--
  return text.slice(i, index).replace(/^\.+/, '')
}

/** Whether the terminator at `index` ends a sentence, judging by what surrounds it. */
function endsSentence(text: string, index: number, next: number): boolean {
  const char = text[index]
  const following = text[next]
  if (following === undefined) return true
  // The next sentence must start like one: capital, digit, opening quote/bracket or markup.
  if (!/[A-Z0-9]/.test(following) && !OPENERS.test(following)) return false
  if (char !== '.') return true
  const word = wordBefore(text, index).toLowerCase()
  if (NEVER_FINAL.has(word)) return false
  // Single capital initials ("J. Smith") are not sentence ends.
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[index - 1] ?? '')) return false
  return true
}

/**
 * Splits plain text into sentences. A sentence ends at `.`, `!` or `?` (plus closing quotes or
 * brackets) followed by whitespace and something that can start a sentence; periods inside
 * version numbers (`TLS 1.2`, `FIPS 140-2`) and after common abbreviations (`e.g.`, `i.e.`)
 * don't end one.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = skipSpace(text, 0)
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (char !== '.' && char !== '!' && char !== '?') continue
    let close = i + 1
    while (close < text.length && CLOSERS.has(text[close] ?? '')) close++
    // A period glued to the next character (`1.2`, `example.com`) is never an end.
    if (close < text.length && !/\s/.test(text[close] ?? '')) continue
    const next = skipSpace(text, close)
    if (!endsSentence(text, i, next)) continue
    push(spans, text, start, close)
    start = next
    i = next - 1
  }
  push(spans, text, start, text.length)
  return spans
}

function skipSpace(text: string, index: number): number {
  let i = index
  while (i < text.length && /\s/.test(text[i] ?? '')) i++
  return i
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let stop = end
  while (stop > start && /\s/.test(text[stop - 1] ?? '')) stop--
  if (stop > start) spans.push({ text: text.slice(start, stop), start, end: stop })
}
