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

interface Spelling {
  program: string
  pattern: RegExp
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Regex for one spelling: case-insensitive, tolerant of hyphen, space or no separator between
 * its words, and word-bounded so that `FIPS 140-2` neither matches inside `FIPS 140-3` nor
 * `FIPS 140-20`.
 */
function spellingPattern(spelling: string): RegExp {
  const words = spelling
    .trim()
    .split(/[\s\-‐‑–]+/)
    .filter(Boolean)
    .map(escape)
  const body = words.join('[\\s\\-‐‑–]*')
  return new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])(?![-.]\\d)`, 'gi')
}

export function createProgramFinder(programs: readonly Program[]): ProgramFinder {
  const spellings: Spelling[] = []
  const ids = new Set<string>()
  for (const program of programs) {
    ids.add(program.id)
    const names = new Set([program.name, program.id, ...program.aliases])
    for (const name of names) {
      if (name.trim()) spellings.push({ program: program.id, pattern: spellingPattern(name) })
    }
  }

  const matches = (text: string): ProgramMatch[] => {
    const found: ProgramMatch[] = []
    for (const { program, pattern } of spellings) {
      pattern.lastIndex = 0
      for (const match of text.matchAll(pattern)) {
        const start = match.index
        found.push({ program, start, end: start + match[0].length })
      }
    }
    // Longest first, so `FIPS 140-2 Level 3` claims the text before `FIPS 140-2` can.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    const kept: ProgramMatch[] = []
    for (const match of found) {
      if (kept.every((other) => match.end <= other.start || match.start >= other.end)) {
        kept.push(match)
      }
    }
    return kept.sort((a, b) => a.start - b.start)
  }

  return {
    matches,
    find: (text) => [...new Set(matches(text).map((match) => match.program))].sort(),
    has: (id) => ids.has(id),
  }
}
