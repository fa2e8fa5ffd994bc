import type { Program } from '../../model/program.ts'
import { allMatches } from '../helpers/all-matches.ts'
import { createOpeningFilter } from './create-opening-filter.ts'
import { COMPLIANCE_AFTER, PROGRAM_UMBRELLAS } from './program-umbrellas.ts'
import { SEPARATOR, spellingWords } from './spelling-words.ts'

/** One program named in a text, with where the name is. */
export interface ProgramMatch {
  program: string
  start: number
  end: number
}

/** Finds every program of a vocabulary named in a text. */
export interface ProgramFinder {
  /** Non-overlapping matches in text order, the longest spelling winning where names overlap. */
  matches(text: string): ProgramMatch[]
  /** Canonical ids named in the text, sorted and unique. */
  find(text: string): string[]
  /** Whether `id` is a program of the vocabulary. */
  has(id: string): boolean
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Regex source for one spelling, tolerant of hyphen, space or no separator between its words
 * ("SOC 2", "SOC-2", "SOC2").
 */
const spellingSource = (spelling: string): string =>
  spellingWords(spelling).map(escape).join(`${SEPARATOR.source}*`)

interface Spelling {
  programs: readonly string[]
  /** The spelling as written. */
  text: string
  /** The spelling's words, as regex source, without the word bounds. */
  source: string
  pattern: RegExp
  /** A bare umbrella acronym, which needs company (see `ProgramUmbrella.bare`). */
  bare: boolean
}

/** A matched name, before umbrellas are expanded into one match per program. */
interface Span {
  programs: readonly string[]
  start: number
  end: number
  bare: boolean
}

const cache = new WeakMap<readonly Program[], ProgramFinder>()
const NONE: readonly Span[] = []

/** Word-bounded, and not running on into a version (`FIPS 140-2` is not in `FIPS 140-20`). */
const bounded = (source: string): string => `(?<![A-Za-z0-9])${source}(?![A-Za-z0-9])(?![-.]\\d)`

const spellingOf = (name: string, programs: readonly string[], bare = false): Spelling => {
  const source = spellingSource(name)
  return { programs, text: name, source, pattern: new RegExp(bounded(source), 'gi'), bare }
}

// "SOC 1, 2, and 3", "FIPS 140-2 and 140-3", "ISO/IEC 27001, 27017 and 27018": numbers listed
// after a numbered name reuse its words.
const LAST_NUMBER = /\d+(?:[-.]\d+)*$/
const NEXT_NUMBER =
  /^(\s*(?:,\s*(?:and\s+|or\s+|&\s*)?|\/\s*|and\s+|or\s+|&\s*))(\d+(?:[-.]\d+)*)(?![A-Za-z0-9])/

/**
 * Each spelling (name or alias, compared without case) and the one program it names in text. The
 * id is a key, not a spelling: the vocabulary leaves a bare "C5" out of `c5`'s aliases on purpose
 * (EC2 "C5 instances"), so only `name` and `aliases` count. A spelling a baseline shares with
 * another program names the other one: documentation that says "FedRAMP Moderate" speaks of the
 * authorization (`fedramp`); the baseline's alias is there for queries (`program=FedRAMP Moderate`).
 */
function spellingOwners(programs: readonly Program[]): Map<string, string> {
  const owners = new Map<string, { name: string; program: Program }>()
  for (const program of programs) {
    for (const name of new Set([program.name, ...program.aliases])) {
      if (!name.trim()) continue
      const key = name.trim().toLowerCase()
      const owner = owners.get(key)
      if (owner === undefined || (owner.program.kind === 'baseline' && program.kind !== 'baseline'))
        owners.set(key, { name, program })
    }
  }
  return new Map([...owners.values()].map(({ name, program }) => [name, program.id]))
}

/**
 * Every spelling (name and aliases) is matched case-insensitively, word-bounded, and may not run
 * on into a version (`FIPS 140-2` is not found in `FIPS 140-3` or `FIPS 140-20`). Where matches
 * overlap the longest wins (`FIPS 140-2 Level 3` over `FIPS 140-2`). Umbrella names
 * (`PROGRAM_UMBRELLAS`) stand for each program they cover, and numbers listed after a numbered
 * name ("SOC 1, 2, 3") name the programs they complete. The finder is cached per vocabulary array.
 */
export function createProgramFinder(programs: readonly Program[]): ProgramFinder {
  const cached = cache.get(programs)
  if (cached) return cached
  const ids = new Set<string>(programs.map((p) => p.id))
  const spellings: Spelling[] = []
  for (const [name, id] of spellingOwners(programs)) spellings.push(spellingOf(name, [id]))
  for (const umbrella of PROGRAM_UMBRELLAS) {
    const covered = umbrella.programs.filter((id) => ids.has(id))
    if (covered.length > 0) spellings.push(spellingOf(umbrella.spelling, covered, umbrella.bare))
  }

  // Few texts name any program: a check of their openings, then one pass of all spellings at
  // once, rules the others out.
  const mayName = createOpeningFilter(spellings.map((spelling) => spelling.text))
  const anySpelling = new RegExp(
    bounded(`(?:${spellings.map((spelling) => spelling.source).join('|')})`),
    'i',
  )
  // Headings are matched again for every statement under them: remember recent texts.
  const seen = new Map<string, readonly Span[]>()
  const spans = (text: string): readonly Span[] => {
    if (mayName && !mayName(text)) return NONE
    let known = seen.get(text)
    if (known === undefined) {
      known = anySpelling.test(text) ? findSpans(text) : NONE
      if (seen.size >= 20_000) seen.clear()
      seen.set(text, known)
    }
    return known
  }
  const findSpans = (text: string): Span[] => {
    const found: Span[] = []
    for (const { programs: covered, pattern, bare } of spellings) {
      for (const match of allMatches(pattern, text))
        found.push({
          programs: covered,
          start: match.index,
          end: match.index + match[0].length,
          bare,
        })
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    const kept: Span[] = []
    for (const span of found) {
      if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span)
    }
    return kept.sort((a, b) => a.start - b.start)
  }

  /** The programs `name` spells in full, or none. */
  const whole = (name: string): readonly string[] => {
    const [only, ...more] = spans(name)
    return only && more.length === 0 && only.start === 0 && only.end === name.length
      ? only.programs
      : []
  }

  const continued = (text: string, span: Span): Span[] => {
    const prefix = text.slice(span.start, span.end).replace(LAST_NUMBER, '')
    if (prefix === text.slice(span.start, span.end)) return []
    const out: Span[] = []
    let at = span.end
    for (
      let next = NEXT_NUMBER.exec(text.slice(at));
      next;
      next = NEXT_NUMBER.exec(text.slice(at))
    ) {
      const number = next[2] ?? ''
      const named = whole(`${prefix}${number}`)
      if (named.length === 0) break
      const start = at + (next[1] ?? '').length
      out.push({ programs: named, start, end: start + number.length, bare: false })
      at = start + number.length
    }
    return out
  }

  const matches = (text: string): ProgramMatch[] => {
    const named = spans(text)
    if (named.length === 0) return []
    const found = named.flatMap((span) => [span, ...continued(text, span)])
    // A bare acronym ("SOC", "PCI") names a program only among other programs' names or before
    // a compliance word.
    const kept = found.filter(
      (span) =>
        !span.bare ||
        found.some((other) => !other.bare) ||
        found.filter((other) => other.bare).length > 1 ||
        COMPLIANCE_AFTER.test(text.slice(span.end)),
    )
    return kept.flatMap(({ programs: covered, start, end }) =>
      covered.map((program) => ({ program, start, end })),
    )
  }

  const finder: ProgramFinder = {
    matches,
    find: (text) => [...new Set(matches(text).map((match) => match.program))].sort(),
    has: (id) => ids.has(id),
  }
  cache.set(programs, finder)
  return finder
}

// "These include SOC, PCI, FedRAMP and others." only says which programs the sentence before meant.
const PROGRAM_LIST =
  /^(?:these|they|this|those|such\s+programs?)\s+(?:include|includes|are|is|cover|covers)\b/i

/**
 * The programs a sentence lists for the one before it ("These include SOC, PCI, …"), or none
 * when it is not such a list (LABELING.md: the list counts for the previous statement).
 */
export function listedPrograms(statement: string, finder: ProgramFinder): string[] {
  return PROGRAM_LIST.test(statement.trim()) ? finder.find(statement) : []
}
