import { allMatches } from '../helpers/all-matches.ts'
import { SUBORDINATOR } from './terms/clause-terms.ts'

/** One clause of a sentence and its offset in the sentence. */
export interface ClauseSpan {
  text: string
  start: number
}

// Where a sentence may join two independent clauses.
const BOUNDARY =
  /;\s+|,\s+(?:and|but|while|whereas|yet)\s+|\s+(?:while|whereas)\s+|\s+(?:and|but)\s+/gi
/**
 * Candidate splits of a sentence into independent clauses, each right-hand clause opening with a
 * subject that names a party (`startsWithParty`). Returns the clauses in order, or a single
 * clause when the sentence has no such joint.
 */
export function splitClauses(
  sentence: string,
  startsWithParty: (text: string) => boolean,
): ClauseSpan[] {
  if (SUBORDINATOR.test(sentence)) return [{ text: sentence, start: 0 }]
  const clauses: ClauseSpan[] = []
  let start = 0
  let depth = 0
  let lastCheck = 0
  for (const match of allMatches(BOUNDARY, sentence)) {
    // Joints inside brackets belong to an aside.
    for (; lastCheck < match.index; lastCheck++) {
      const char = sentence[lastCheck]
      if (char === '(') depth++
      else if (char === ')' && depth > 0) depth--
    }
    if (depth > 0) continue
    const right = sentence.slice(match.index + match[0].length)
    // "System and Organization Controls": a word or two before "and" is no clause of its own.
    const left = sentence.slice(start, match.index)
    if (left.trim().split(/\s+/).length < 3) continue
    // "…, including calls from the console and code calls from APIs": a list, not clauses.
    if (/^\s+and\s+$/i.test(match[0]) && /\b(?:including|such\s+as)\b/i.test(left)) continue
    if (!startsWithParty(right)) continue
    clauses.push({ text: sentence.slice(start, match.index).trim(), start })
    start = match.index + match[0].length
  }
  clauses.push({ text: sentence.slice(start).trim(), start })
  return clauses.filter((clause) => clause.text.length > 0)
}

/**
 * "X is a responsibility that AWS and you share: AWS replaces…, and you decide…": the clause
 * before a colon inside a sentence (not one ending it) and what follows it, or null. Colons in
 * brackets, times and URLs ("12:30", "https:") do not count.
 */
export function splitAtColon(sentence: string): { lead: ClauseSpan; rest: ClauseSpan } | null {
  let depth = 0
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]
    if (char === '(' || char === '[') depth++
    else if ((char === ')' || char === ']') && depth > 0) depth--
    else if (char === ':' && depth === 0 && /\s/.test(sentence[i + 1] ?? '')) {
      const lead = sentence.slice(0, i).trim()
      const after = sentence.slice(i + 1)
      const rest = after.trim()
      if (!lead || !rest) return null
      return {
        lead: { text: lead, start: 0 },
        rest: { text: rest, start: i + 1 + (after.length - after.trimStart().length) },
      }
    }
  }
  return null
}
