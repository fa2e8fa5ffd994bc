import type { NegatedSpan } from '../extract/find-negations.ts'
import { EXPOSED_STATE, EXPOSING_ACT, IN_PLACE } from './polarity-terms.ts'
import type { ConceptHit } from './find-concepts.ts'

/**
 * How a negation bears on a concept the statement names. `denied`: the statement says the
 * safeguard is absent ("data is not encrypted", "does not support MFA"). `protective`: it denies
 * an exposure the safeguard stops ("keys never leave the HSM unencrypted"), so it still meets it.
 */
export interface NegationReading {
  polarity: 'denied' | 'protective'
  /** The negation words ("does not"). */
  cue: string
  /** Why a protective negation protects: the exposure it denies, or the concept naming a risk. */
  because: string
}

/** The negation over a concept's words, read for polarity; null when its words are not negated. */
export function readNegation(
  hit: ConceptHit,
  negations: readonly NegatedSpan[],
): NegationReading | null {
  const span = negations.find((n) => hit.index < n.end && hit.index + hit.length > n.clause)
  if (span === undefined) return null
  const cue = span.cue
  // The negation governs words in its predicate, and the subject when the predicate only says
  // it is not in place ("logging is not enabled"); not a subject that merely names the thing.
  const governed = hit.index + hit.length > span.start || IN_PLACE.test(span.rest)
  if (governed && hit.concept.risk === true)
    return { polarity: 'protective', cue, because: `${hit.concept.name} names a risk` }
  const exposure = EXPOSING_ACT.exec(span.rest)?.[0] ?? EXPOSED_STATE.exec(span.text)?.[0]
  if (exposure !== undefined)
    return { polarity: 'protective', cue, because: `it denies "${exposure.trim()}"` }
  return governed ? { polarity: 'denied', cue, because: 'the safeguard is absent' } : null
}
