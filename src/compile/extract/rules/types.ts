import type { ControlKind, Owner } from '../../../model/control.ts'
import type { ClauseShape } from '../analyze-clause.ts'
import type { Classification } from '../classification.ts'
import type { SubjectParty } from '../party.ts'

/**
 * Where a rule sits in the pipeline: `exclude` (not a control, checked first), `signal` (the
 * sentence's own words), `context` (what the lead-in or the previous sentence passes on, and the
 * fallback), `page` (decisions about a statement's place on the page: a lead-in before a list or
 * a code block, a sentence that only names programs).
 */
export type Phase = 'exclude' | 'signal' | 'context' | 'page'

/** The text a pattern is tested on: the sentence, its main clause, predicate, core or verb. */
export type TextScope = 'sentence' | 'clause' | 'predicate' | 'core' | 'verb'

/** Everything a rule may look at, computed once per sentence (or clause of one). */
export interface SentenceFacts {
  /** The sentence, contractions spelled out ("doesn't" → "does not"). */
  text: string
  shape: ClauseShape
  /** The party the main clause's subject names. */
  party: SubjectParty
  /** The party a "by …" agent of the main clause names ("must be evaluated by AWS"). */
  agent: SubjectParty
  /** The predicate opens with a negation ("does not", "never"). */
  negated: boolean
  /** A security term or a compliance program occurs in the sentence. */
  secure: boolean
  /** A security term occurs in the predicate's core. */
  secureCore: boolean
  /** The subject is a pronoun or generic topic ("this", "security"), never a party. */
  genericHead: boolean
  /** Programs the sentence names. */
  programs: readonly string[]
  /** The sentence ends with a colon. */
  leadIn: boolean
  /** Classification of the lead-in a list item hangs off. */
  lead: Classification | null
  /** The lead-in when it passes its kind on (it obliges, advises, or announces strongly). */
  inherited: Classification | null
  /** Classification of the previous sentence of the paragraph. */
  previous: Classification | null
  /** The sentence is one side of a two-party sentence. */
  contrastive: boolean
  /** Who a phrase names (for rules whose owner is 'named'). */
  partyOf: (phrase: string) => SubjectParty
}

/** What a rule's own code decided: the words that triggered it, and kind/owner when it sets them. */
export interface Verdict {
  words: string
  kind?: ControlKind
  owner?: Owner
  /** Confidence of the decision this one inherits from; the rule's weight scales it. */
  from?: number
}

/**
 * One named decision of the classifier. Conditions are data where they can be (`on` + `pattern`,
 * `unless`, `parties`, `unlessHead`, `byDefault`, `needs`) and a named predicate (`check`,
 * described by `describe`) where they cannot; all must hold. The first rule that holds, in the
 * order `rules/index.ts` fixes, decides.
 */
export interface ClassifierRule<Name extends string = string> {
  /** Permanent kebab-case name: what `Classification.rule` reports and the docs anchor. */
  name: Name
  phase: Phase
  /** Kind of control decided; null: the rule decides the statement is not a control. */
  kind: ControlKind | null
  /**
   * A fixed owner; 'subject': the subject's party (a provider agent counts, `neutral` falls
   * back); 'named': the party the pattern's first group names; 'inherit': set by `check`.
   */
  owner: Owner | 'subject' | 'named' | 'inherit' | null
  /** Owner when the subject names no party (owner 'subject'). */
  neutral?: Owner
  /**
   * Base confidence, 0–1; for rules whose `check` passes on another decision (`from`), the share
   * of that decision's confidence kept.
   */
  weight: number
  on?: TextScope
  pattern?: RegExp
  /** The rule does not apply when this matches the same text (negations, near misses). */
  unless?: RegExp
  /** Subject parties the rule accepts; any when absent. */
  parties?: readonly SubjectParty[]
  /** The rule does not apply when the subject's head matches. */
  unlessHead?: RegExp
  /** Only when the sentence opened with "By default". */
  byDefault?: boolean
  /** A weak signal: holds only with a security term in the sentence (or the predicate's core). */
  needs?: 'security-term' | 'security-term-in-core'
  /** A duty that falls on the provider is its guarantee. */
  providerGuarantees?: boolean
  /** Not on one side of a two-party sentence (where indicative duties are requirements). */
  notContrastive?: boolean
  /** Too weak to pass its kind on to list items or to survive introducing code or a list. */
  weak?: boolean
  /**
   * For exclusions: when this also matches, the sentence stays a candidate (an obligation that
   * points at an example) at `softenedWeight` of its confidence.
   */
  softenedBy?: RegExp
  softenedWeight?: number
  /** A condition that must stay code. */
  check?: (facts: SentenceFacts) => Verdict | null
  /** What `check` tests, for the rule reference. */
  describe?: string
  /** One sentence saying why, filled with {words}, {kind}, {owner}, {head}. */
  explain: string
  /**
   * `fires`: statements this rule must decide (reported as this rule); `silent`: near misses it
   * must not decide. For context and page rules, short Markdown pages.
   */
  examples: { fires: readonly string[]; silent: readonly string[] }
}

/** Signal rules that need no security term lose this share when the sentence has none. */
export const UNSECURED_FACTOR = 0.85
