import type { Classification } from './classification.ts'
import type { SentenceClassifier } from './classify-sentence.ts'
import { splitAtColon, splitClauses } from './split-clauses.ts'

/** One statement cut out of a sentence, with its offset in the sentence. */
export interface DutyPart {
  text: string
  start: number
  classification: Classification
}

/** Cuts a sentence into the statements it holds (one, or one per party's duty). */
export type DutySplitter = (
  sentence: string,
  whole: Classification,
  leadIn: Classification | null,
) => DutyPart[]

/**
 * One sentence holding duties of different parties becomes one statement per duty:
 * - independent clauses whose right-hand side opens with its own party ("AWS patches the host,
 *   and you must patch the guest") → a control per clause, when all are controls and their owners
 *   differ;
 * - a shared duty before a colon followed by each party's part ("X is a responsibility that AWS
 *   and you share: AWS replaces…, and you decide…") → the shared duty itself, then each part
 *   that is a control (a checklist needs both the joint duty and who does what);
 * - a neutral lead before a colon ("Duties differ: AWS…, and you…") → the parts only.
 */
export function createDutySplitter(
  classifier: SentenceClassifier,
  startsWithParty: (text: string) => boolean,
): DutySplitter {
  const byClause = (text: string, offset: number, leadIn: Classification | null): DutyPart[] => {
    const clauses = splitClauses(text, startsWithParty)
    if (clauses.length < 2) return []
    const split = clauses.map((clause) => ({
      text: clause.text,
      start: offset + clause.start,
      classification: classifier.classify(clause.text, { leadIn, contrastive: true }),
    }))
    const owners = new Set(split.map((part) => part.classification.owner))
    return split.every((part) => part.classification.control) && owners.size > 1 ? split : []
  }

  return (sentence, whole, leadIn) => {
    const colon = splitAtColon(sentence)
    if (colon) {
      const lead = classifier.classify(colon.lead.text, { leadIn })
      const rest = byClause(colon.rest.text, colon.rest.start, null)
      if (lead.control && lead.owner === 'shared') {
        const alone = classifier.classify(colon.rest.text, { contrastive: true })
        const parts = rest.length
          ? rest
          : alone.control
            ? [{ ...colon.rest, classification: alone }]
            : []
        // With no part of its own that is a control, the sentence stays one shared duty.
        if (!parts.length) return [{ text: sentence, start: 0, classification: lead }]
        return [{ ...colon.lead, classification: lead }, ...parts]
      }
      if (!lead.control && rest.length) return rest
    }
    const split = byClause(sentence, 0, leadIn)
    return split.length ? split : [{ text: sentence, start: 0, classification: whole }]
  }
}
