import { CONCEPTS } from './concepts.ts'
import type { Concept } from './concepts.ts'
import { createLiteralPrefilter } from './create-literal-prefilter.ts'

/** A concept found in a text, with the words that named it and where. */
export interface ConceptHit {
  concept: Concept
  words: string
  /** Offset of the words in the text. */
  index: number
  /** Length of the matched words in the text. */
  length: number
}

// A statement names a few of the table's concepts: one scan for the words each pattern cannot
// match without tells which of its ~120 patterns need to run at all.
const prefilter = createLiteralPrefilter(
  (CONCEPTS as readonly Concept[]).flatMap((concept) => [
    ...concept.patterns,
    ...(concept.unless ?? []),
  ]),
)

/**
 * Finds the concepts a text names. `mayMatch` rules patterns out before they run: the prefilter by
 * default; its test passes one that lets every pattern run.
 */
export function findConcepts(
  text: string,
  mayMatch: (pattern: RegExp) => boolean = prefilter.scan(text),
): ConceptHit[] {
  const hits: ConceptHit[] = []
  for (const concept of CONCEPTS as readonly Concept[]) {
    if (concept.unless?.some((pattern) => mayMatch(pattern) && pattern.test(text))) continue
    for (const pattern of concept.patterns) {
      if (!mayMatch(pattern)) continue
      const match = pattern.exec(text)
      if (match) {
        hits.push({
          concept,
          words: match[0].replace(/\s+/g, ' ').trim(),
          index: match.index,
          length: match[0].length,
        })
        break
      }
    }
  }
  const named = new Set(hits.map((hit) => hit.concept.name))
  return hits.filter((hit) => !hit.concept.yieldsTo?.some((name) => named.has(name)))
}
