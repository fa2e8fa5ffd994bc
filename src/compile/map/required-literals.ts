/**
 * What a piece of a regex can match: exactly one of a few strings (`exact`), or some text that
 * holds one of `some` (null: anything at all). Strings are lower-case.
 */
type Info = { exact: ReadonlySet<string> } | { some: ReadonlySet<string> | null }

/** Literals shorter than this occur in almost any text: they would rule nothing out. */
const MIN_LENGTH = 3
/** Exact sets grow by product ("at[- ]rest" is two strings): past this, keep only what is needed. */
const MAX_EXACT = 32
/** Flags whose matching a case-insensitive literal scan still over-approximates. */
const SAFE_FLAGS = /^[ims]*$/

const ANYTHING: Info = { some: null }
const EMPTY: Info = { exact: new Set(['']) }

/**
 * Lower-case literals one of which every match of the pattern contains (compared without case),
 * or null when the pattern needs no literal worth checking. Read from the pattern's source:
 * alternation, groups, quantifiers, small character classes; anything else counts as "anything",
 * so the answer can only be too weak, never wrong.
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  if (!SAFE_FLAGS.test(pattern.flags)) return null
  const parser = { source: pattern.source, at: 0 }
  let info: Info
  try {
    info = parseAlternation(parser)
  } catch {
    return null // syntax this reader does not know: no literal, the pattern always runs
  }
  if (parser.at !== parser.source.length) return null
  const some = someOf(info)
  return some === null ? null : [...some].sort()
}

interface Parser {
  source: string
  at: number
}

function parseAlternation(p: Parser): Info {
  const branches = [parseSequence(p)]
  while (p.source[p.at] === '|') {
    p.at++
    branches.push(parseSequence(p))
  }
  return branches.reduce(either)
}

/**
 * `abc`: every match holds a literal of each part; one of them is enough to check. Adjacent exact
 * parts join into longer literals ("at", "[- ]", "rest": "at rest", "at-rest").
 */
function parseSequence(p: Parser): Info {
  let run: ReadonlySet<string> = new Set([''])
  let best: ReadonlySet<string> | null = null
  let whole = true
  while (p.at < p.source.length && p.source[p.at] !== '|' && p.source[p.at] !== ')') {
    const part = parseQuantified(p)
    if ('exact' in part && run.size * part.exact.size <= MAX_EXACT) {
      const product = new Set<string>()
      for (const x of run) for (const y of part.exact) product.add(x + y)
      run = product
      continue
    }
    whole = false
    best = stronger(best, someOf({ exact: run }))
    if ('exact' in part) run = part.exact
    else {
      best = stronger(best, part.some)
      run = new Set([''])
    }
  }
  return whole ? { exact: run } : { some: stronger(best, someOf({ exact: run })) }
}

function parseQuantified(p: Parser): Info {
  const atom = parseAtom(p)
  const quantifier = /^(?:[?*+]|\{(\d+)(?:(,)(\d*))?\})/.exec(p.source.slice(p.at))
  if (quantifier === null) return atom
  p.at += quantifier[0].length
  if (p.source[p.at] === '?') p.at++ // lazy: matches the same strings
  const [q, min, comma, max] = quantifier
  const low = q === '+' ? 1 : q === '?' || q === '*' ? 0 : Number(min)
  const high =
    q === '?' ? 1 : q === '*' || q === '+' ? Infinity : comma ? Number(max || Infinity) : low
  if (low === 1 && high === 1) return atom
  if (low === 0 && high === 1 && 'exact' in atom) return either(atom, EMPTY)
  // Repeated at least once, the atom's own literal is still in every match.
  return low >= 1 ? { some: someOf(atom) } : ANYTHING
}

/** Plain characters, read as one atom: a quantifier after them takes only the last one. */
const PLAIN_RUN = /^[^\\()[\]{}|^$.*+?]+/

function parseAtom(p: Parser): Info {
  const run = PLAIN_RUN.exec(p.source.slice(p.at))?.[0]
  if (run !== undefined) {
    const quantified = /^[?*+{]/.test(p.source.slice(p.at + run.length))
    const text = quantified && run.length > 1 ? run.slice(0, -1) : run
    p.at += text.length
    return isAscii(text) ? { exact: new Set([text.toLowerCase()]) } : ANYTHING
  }
  const char = p.source[p.at++] as string
  if (char === '(') {
    const head = /^\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(p.source.slice(p.at))?.[0] ?? ''
    if (head === '' && p.source[p.at] === '?') throw new SyntaxError('unknown group')
    p.at += head.length
    const inner = parseAlternation(p)
    if (p.source[p.at++] !== ')') throw new SyntaxError('unclosed group')
    // Lookarounds match no text of their own.
    return head === '?:' || head === '' || head.endsWith('>') ? inner : EMPTY
  }
  if (char === '[') return parseClass(p)
  if (char === '\\') {
    const escaped = p.source[p.at++] as string
    if (escaped === 'b' || escaped === 'B') return EMPTY
    // Letters and digits are classes, backreferences or code points: anything.
    return /[A-Za-z0-9]/.test(escaped) ? ANYTHING : literal(escaped)
  }
  if (char === '^' || char === '$') return EMPTY
  if (char === '.') return ANYTHING
  return literal(char) // "]", "}" or "{" that opens no quantifier
}

/** A small class of plain characters ("[- ]", "[sz]") is a choice of literals; others match anything. */
function parseClass(p: Parser): Info {
  const chars = new Set<string>()
  let plain = p.source[p.at] !== '^'
  for (;;) {
    const char = p.source[p.at++]
    if (char === undefined) throw new SyntaxError('unclosed class')
    if (char === ']') break
    if (char === '\\') {
      const escaped = p.source[p.at++] as string
      if (/[A-Za-z0-9]/.test(escaped)) plain = false
      else chars.add(escaped.toLowerCase())
    } else if (char === '-' && chars.size > 0 && p.source[p.at] !== ']') plain = false
    else chars.add(char.toLowerCase())
  }
  const ascii = [...chars].every((char) => char.charCodeAt(0) < 128)
  return plain && ascii && chars.size > 0 && chars.size <= 4 ? { exact: chars } : ANYTHING
}

// Non-ASCII letters fold case in ways a lower-cased literal would not follow: treat as anything.
const isAscii = (text: string): boolean => [...text].every((char) => char.charCodeAt(0) < 128)
const literal = (char: string): Info =>
  isAscii(char) ? { exact: new Set([char.toLowerCase()]) } : ANYTHING

/** Literals every match holds, or null when one of them is too short to be worth checking. */
function someOf(info: Info): ReadonlySet<string> | null {
  if (!('exact' in info)) return info.some
  for (const string of info.exact) if (string.length < MIN_LENGTH) return null
  return info.exact
}

/** `a|b`: a match of either holds one of either's literals. */
function either(a: Info, b: Info): Info {
  if ('exact' in a && 'exact' in b && a.exact.size + b.exact.size <= MAX_EXACT)
    return { exact: new Set([...a.exact, ...b.exact]) }
  const x = someOf(a)
  const y = someOf(b)
  return { some: x === null || y === null ? null : new Set([...x, ...y]) }
}

/** The set that rules out more text: longer shortest literal, then fewer literals. */
function stronger(
  a: ReadonlySet<string> | null,
  b: ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  if (a === null || b === null) return a ?? b
  const shortest = (set: ReadonlySet<string>): number =>
    Math.min(...[...set].map((string) => string.length))
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.size < a.size) ? b : a
}
