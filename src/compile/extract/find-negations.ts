import { allMatches } from '../helpers/all-matches.ts'
import { analyzeClause } from './analyze-clause.ts'
import { splitSentences } from './split-sentences.ts'

/**
 * THE reading of negation in compile: a main-clause predicate that opens with "not", "never" or
 * "cannot", at most two words in ("does not", "is never", "should not", "files cannot" when the
 * analysis takes a noun for the verb). Contractions are
 * spelled out first (`normalizeContractions`). The classifier and the mapper both read it here.
 */
const NEGATION = /^(?:\S+\s+){0,2}?(?:not|never|cannot)\b/i

/** The negation a predicate opens with, or null when it is not negated. */
function readCue(predicate: string): { cue: string; rest: string } | null {
  const match = NEGATION.exec(predicate)
  if (!match) return null
  const words = match[0].split(/\s+/)
  // "does not", "is not"; "never" and "cannot" stand alone.
  const cue = words.at(-1)?.toLowerCase() === 'not' ? words.slice(-2).join(' ') : words.at(-1)
  return { cue: cue ?? match[0], rest: predicate.slice(match[0].length) }
}

/** The negation words a predicate opens with ("does not"), or null when it is not negated. */
export function negationCue(predicate: string): string | null {
  return readCue(predicate)?.cue ?? null
}

/** A negated stretch of text: from the negated main verb to the end of its clause. */
export interface NegatedSpan {
  /** Offset of the clause (its subject) in the text. */
  clause: number
  /** Offset of the predicate in the text. */
  start: number
  /** Offset just after the clause. */
  end: number
  /** The negation words ("does not", "never"). */
  cue: string
  /** The predicate after them ("support MFA."). */
  rest: string
  /** The negated predicate itself ("does not support MFA"). */
  text: string
}

// A negation reaches to the end of its clause, not across a contrast to the next one.
const CLAUSE_END = /;\s*|,?\s+(?:but|whereas|while|although|however|yet)\s+/gi

/**
 * The negated predicates of a text, one at most per clause, with their offsets. The text should
 * already have its contractions spelled out.
 */
export function findNegations(text: string): NegatedSpan[] {
  const spans: NegatedSpan[] = []
  for (const sentence of splitSentences(text)) {
    let from = 0
    for (const joint of [...allMatches(CLAUSE_END, sentence.text), null]) {
      const to = joint === null ? sentence.text.length : joint.index
      const clause = sentence.text.slice(from, to)
      const span = negationIn(clause, sentence.start + from)
      if (span) spans.push(span)
      if (joint !== null) from = joint.index + joint[0].length
    }
  }
  return spans
}

function negationIn(clause: string, offset: number): NegatedSpan | null {
  const { predicate } = analyzeClause(clause)
  const read = readCue(predicate)
  const at = clause.lastIndexOf(predicate)
  if (read === null || at < 0) return null
  return {
    clause: offset,
    start: offset + at,
    end: offset + at + predicate.length,
    ...read,
    text: predicate.trim(),
  }
}
