import type { ControlKind, Owner } from '../../model/control.ts'
import type { SubjectParty } from './party.ts'
import type { RuleName } from './rules/index.ts'
import type { Phase } from './rules/types.ts'

/** One rule that fired on a statement, with the words that triggered it. */
export interface TraceStep {
  rule: RuleName
  phase: Phase
  /** The words that triggered the rule (a pattern's match, a subject, a lead-in). */
  words: string
  /** The rule's explanation with its placeholders filled. */
  explain: string
}

/** What inference says about one sentence (or clause). */
export interface Classification {
  /** Whether the sentence is a control. */
  control: boolean
  /** Kind and owner when the sentence is a control; best guesses (or null) otherwise. */
  kind: ControlKind | null
  owner: Owner | null
  /** 0–1, how clear the signal was; 0 when not a control. */
  confidence: number
  /** The rule that decided. */
  rule: RuleName
  /** The rules that fired, in order, the deciding one last. */
  trace: TraceStep[]
  /** The deciding rule is too weak to pass its kind on or to survive introducing code. */
  weak: boolean
  /** The party the main clause's subject names. */
  party: SubjectParty
  /** The main clause is an instruction ("Use MFA…"). */
  imperative: boolean
  /** The sentence ends with a colon: it introduces what follows. */
  leadIn: boolean
  /** A lead-in that only announces what follows ("…in the following ways:"). */
  announces: boolean
}
