import type { Program } from '../../model/program.ts'

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

const SEPARATORS = '[\\s\\-‐‑–]'
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Regex source for one spelling, tolerant of hyphen, space or no separator between its words
 * ("SOC 2", "SOC-2", "SOC2").
 */
const spellingSource = (spelling: string): string =>
  spelling
    .trim()
    .split(/[\s\-‐‑–]+/)
    .filter(Boolean)
    .map(escape)
    .join(`${SEPARATORS}*`)

interface Spelling {
  program: string
  pattern: RegExp
  /** Its first word, lower-cased: text without it cannot match, so the regex is skipped. */
  probe: string
}

const cache = new WeakMap<readonly Program[], ProgramFinder>()

/**
 * Every spelling (name and aliases) is matched case-insensitively, word-bounded, and may not run
 * on into a version (`FIPS 140-2` is not found in `FIPS 140-3` or `FIPS 140-20`). Where matches
 * overlap the longest wins (`FIPS 140-2 Level 3` over `FIPS 140-2`). The finder is cached per
 * vocabulary array.
 */
export function createProgramFinder(programs: readonly Program[]): ProgramFinder {
  const cached = cache.get(programs)
  if (cached) return cached
  const ids = new Set<string>()
  const spellings: Spelling[] = []
  for (const program of programs) {
    ids.add(program.id)
    // The id is a key, not a spelling: the vocabulary leaves a bare "C5" out of `c5`'s aliases on
    // purpose (EC2 "C5 instances"), so only `name` and `aliases` are searched for.
    for (const name of new Set([program.name, ...program.aliases])) {
      if (!name.trim()) continue
      spellings.push({
        program: program.id,
        pattern: new RegExp(
          `(?<![A-Za-z0-9])${spellingSource(name)}(?![A-Za-z0-9])(?![-.]\\d)`,
          'gi',
        ),
        probe: (name.trim().split(/[\s\-‐‑–]+/)[0] ?? '').toLowerCase(),
      })
    }
  }

  const matches = (text: string): ProgramMatch[] => {
    const lower = text.toLowerCase()
    const found: ProgramMatch[] = []
    for (const { program, pattern, probe } of spellings) {
      if (!lower.includes(probe)) continue
      for (const match of text.matchAll(pattern)) {
        found.push({ program, start: match.index, end: match.index + match[0].length })
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    const kept: ProgramMatch[] = []
    for (const match of found) {
      if (kept.every((other) => match.end <= other.start || match.start >= other.end)) {
        kept.push(match)
      }
    }
    return kept.sort((a, b) => a.start - b.start)
  }

  const finder: ProgramFinder = {
    matches,
    find: (text) => [...new Set(matches(text).map((match) => match.program))].sort(),
    has: (id) => ids.has(id),
  }
  cache.set(programs, finder)
  return finder
}
