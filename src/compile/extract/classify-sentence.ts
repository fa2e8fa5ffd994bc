import type { ControlKind, Owner } from '../../model/control.ts'
import { analyzeClause } from './analyze-clause.ts'
import { ANNOUNCES, DEFINITION, DEFINITION_KEEP, EXCLUSION_RULES } from './exclusion-rules.ts'
import type { ProgramFinder } from './find-programs.ts'
import { NEUTRAL_HEADS } from './party-terms.ts'
import { createPartyClassifier } from './party.ts'
import type { SubjectParty } from './party.ts'
import { hasSecurityTerm } from './security-terms.ts'
import { SIGNAL_RULES } from './signal-rules.ts'
import type { SignalRule } from './signal-rules.ts'

/** What inference says about one sentence (or clause). */
export interface Classification {
  /** Whether the sentence is a control. */
  control: boolean
  /** Kind and owner when the sentence is a control; best guesses (or null) otherwise. */
  kind: ControlKind | null
  owner: Owner | null
  /** 0–1, how clear the signal was; 0 when not a control. */
  confidence: number
  /** Name of the rule that decided, or why the sentence was excluded. */
  rule: string
  /** The party the main clause's subject names. */
  party: SubjectParty
  /** The main clause is an instruction ("Use MFA…"). */
  imperative: boolean
  /** The sentence ends with a colon: it introduces what follows. */
  leadIn: boolean
  /** A lead-in that only announces what follows ("…in the following ways:"). */
  announces: boolean
}

/** What a list item or a clause takes from its context. */
export interface ClassifyOptions {
  /** Classification of the lead-in sentence the list hangs off. */
  leadIn?: Classification | null
  /** Classification of the previous sentence of the same paragraph. */
  previous?: Classification | null
  /** The sentence is one side of a two-party sentence: plain indicative duties count. */
  contrastive?: boolean
}

export interface SentenceClassifier {
  classify(sentence: string, options?: ClassifyOptions): Classification
}

export interface ClassifierOptions {
  /** Names by which the docs refer to the service (see `serviceAliases`). */
  serviceNames: readonly string[]
  programs: ProgramFinder
}

// "Label – text" and "Label: text" prefixes of list items.
const LABEL = /^(?:[^.!?:–—]{1,60}?\s*(?:[–—]|\s-\s)\s*)/
// Signals too weak to pass their kind on to list items.
const WEAK_RULES = new Set(['provider-security', 'lets-you', 'provider-supports', 'you-can'])
const ADMONITION = /^(?:never|always|do\s+not|don't|avoid)\b/i
// "For example, …", "Instead, …": a sentence that illustrates or restates the one before it
// is a control only when it carries a strong signal of its own.
const ILLUSTRATES = /^(?:for\s+example|for\s+instance|e\.g\.|instead)\s*,/i
const GENERIC = new Set(NEUTRAL_HEADS)

const notControl = (
  rule: string,
  party: SubjectParty,
  leadIn: boolean,
  announces: boolean,
  imperative = false,
): Classification => ({
  control: false,
  kind: null,
  owner: null,
  confidence: 0,
  rule,
  party,
  imperative,
  leadIn,
  announces,
})

/** "you're" → "you are", "doesn't" → "does not"…, so that patterns see one spelling. */
const normalizeContractions = (text: string): string =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/\bcan't\b/gi, 'cannot')
    .replace(/\bwon't\b/gi, 'will not')
    .replace(/\b(\w+)n't\b/gi, '$1 not')
    .replace(/\b(you|we|they)'re\b/gi, '$1 are')
    .replace(/\b(it|that|there)'s\b/gi, '$1 is')

const round = (value: number): number =>
  Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100

export function createSentenceClassifier(options: ClassifierOptions): SentenceClassifier {
  const partyOf = createPartyClassifier(options.serviceNames, options.programs)

  const ownerFor = (
    rule: SignalRule,
    party: SubjectParty,
    clause: string,
    named: Owner | null,
  ): Owner => {
    if (rule.owner === 'named') return named ?? 'customer'
    if (rule.owner !== 'subject') return rule.owner
    if (party === 'provider' || party === 'customer' || party === 'shared') return party
    // A passive duty with a provider agent ("must be evaluated by AWS") is the provider's.
    const agent = /\bby\s+((?:\S+\s*){1,4})/i.exec(clause)?.[1]
    if (agent && partyOf(agent) === 'provider') return 'provider'
    return rule.neutral ?? 'customer'
  }

  const textFor = (
    rule: SignalRule,
    sentence: string,
    shape: ReturnType<typeof analyzeClause>,
  ): string => {
    switch (rule.on) {
      case 'sentence':
        return sentence
      case 'clause':
        return shape.text
      case 'predicate':
        return shape.predicate
      case 'core':
        return shape.core
      case 'verb':
        return shape.verb ?? ''
    }
  }

  /**
   * "Label – text" items are judged by their text; when the text is no control but the label is
   * ("**Enable MFA** – MFA adds a second factor…"), the label decides.
   */
  const classify = (input: string, context: ClassifyOptions = {}): Classification => {
    const raw = normalizeContractions(input.trim())
    const labelled = LABEL.exec(raw)
    if (!labelled || raw.slice(0, labelled[0].length).split(/\s+/).length > 9) {
      return classifyText(raw, context)
    }
    const text = classifyText(raw.slice(labelled[0].length).trim(), context)
    const label = classifyText(labelled[0].replace(/\s*(?:[–—]|\s-)\s*$/, '').trim(), context)
    const fromLabel = {
      ...label,
      rule: `label:${label.rule}`,
      confidence: round(label.confidence * 0.9),
    }
    // An instruction in the label is the point; the text after it usually explains it.
    if (label.control && label.imperative && label.rule !== 'lead-in') {
      const stronger =
        text.control && text.owner === label.owner && text.confidence > label.confidence
      return stronger ? text : fromLabel
    }
    if (text.control || !label.control || label.rule === 'lead-in') return text
    return fromLabel
  }

  const classifyText = (sentence: string, context: ClassifyOptions): Classification => {
    const leadIn = /:\s*$/.test(sentence)
    const announces = leadIn && ANNOUNCES.test(sentence)
    let penalty = 1
    for (const exclusion of EXCLUSION_RULES) {
      if (!exclusion.pattern.test(sentence)) continue
      // An obligation stays one even when it points at an example; it just reads less clearly.
      const obliges =
        exclusion.reason === 'overview'
          ? /\b(?:must|should|we\s+(?:\w+ly\s+)?recommend)\b/i
          : /\b(?:must|we\s+(?:\w+ly\s+)?recommend)\b/i
      if (
        (exclusion.reason === 'example' || exclusion.reason === 'overview') &&
        obliges.test(sentence)
      ) {
        penalty = 0.7
        continue
      }
      return notControl(exclusion.reason, null, leadIn, announces)
    }

    const shape = analyzeClause(sentence)
    // Items take kind and owner from a lead-in that obliges or advises, or that announces them.
    const lead = context.leadIn
    const inherited =
      lead?.control &&
      (lead.kind === 'recommendation' ||
        lead.kind === 'requirement' ||
        (lead.announces && !WEAK_RULES.has(lead.rule)))
        ? lead
        : null
    let party = partyOf(shape.head)
    if (party === null && context.leadIn?.party && !shape.imperative) party = context.leadIn.party
    // "The modules used by the service": a thing named by its provider-side agent.
    const agent = /\b\w+(?:ed|en)\s+by\s+(.+)$/i.exec(shape.subject)?.[1]
    if (party === 'neutral' && agent && partyOf(agent) === 'provider') party = 'provider'
    if (DEFINITION.test(shape.text) && !DEFINITION_KEEP.test(shape.text)) {
      return notControl('definition', party, leadIn, announces)
    }
    // Naming a compliance program makes a statement security-relevant too.
    const secure = hasSecurityTerm(sentence) || options.programs.matches(sentence).length > 0
    const genericHead = GENERIC.has(shape.head.toLowerCase().replace(/^(?:the|a|an)\s+/, ''))

    const decide = (
      rule: string,
      kind: ControlKind,
      owner: Owner,
      weight: number,
      strong: boolean,
    ): Classification => ({
      control: true,
      kind,
      owner,
      confidence: round(weight * penalty * (strong && !secure ? 0.85 : 1)),
      rule,
      party,
      imperative: shape.imperative,
      leadIn,
      announces,
    })

    const imperative = (): Classification | null => {
      if (inherited?.kind && inherited.owner) {
        return decide(
          `imperative+lead-in`,
          inherited.kind,
          'customer',
          inherited.confidence * 0.95,
          false,
        )
      }
      const previous = context.previous
      if (
        previous?.control &&
        previous.owner === 'customer' &&
        previous.kind === 'recommendation'
      ) {
        return decide('imperative+previous', previous.kind, 'customer', 0.7, true)
      }
      if (!secure) return null
      // Operating a tool, or a step towards a goal with no security bearing, is procedure.
      const admonition = ADMONITION.test(shape.text)
      if (!admonition && shape.procedural) return null
      if (!admonition && shape.purpose && !hasSecurityTerm(shape.purpose)) return null
      if (ADMONITION.test(shape.text))
        return decide('imperative-admonition', 'recommendation', 'customer', 0.75, false)
      return decide('imperative', 'recommendation', 'customer', 0.6, false)
    }

    let imperativeTried = false
    for (const rule of SIGNAL_RULES) {
      if (rule.kind === 'capability' && !imperativeTried) {
        imperativeTried = true
        if (shape.imperative) {
          const result = imperative()
          if (result) return result
          // An instruction with no security bearing is procedure, not a control.
          if (!inherited) return notControl('procedure', null, leadIn, announces, true)
        }
      }
      if (rule.byDefault && !shape.byDefault) continue
      if (rule.notContrastive && context.contrastive) continue
      // An instruction is the reader's: statements about a subject never match it.
      if ((rule.on === 'verb' || rule.on === 'predicate') && shape.imperative) continue
      if (rule.parties && !rule.parties.includes(party)) continue
      if (rule.needsSecurityTerm && !(rule.on === 'core' ? hasSecurityTerm(shape.core) : secure))
        continue
      // "Security is a shared responsibility…" is background about the model, not a duty.
      if ((rule.owner === 'shared' || rule.owner === 'named') && genericHead) continue
      if (rule.unlessHead?.test(shape.head)) continue
      const text = textFor(rule, sentence, shape)
      const match = rule.pattern.exec(text)
      if (!match) continue
      if (rule.unless?.test(text)) continue
      let named: Owner | null = null
      if (rule.owner === 'named') {
        const who = partyOf(match[1] ?? '')
        if (who !== 'provider' && who !== 'customer' && who !== 'shared') continue
        named = who
      }
      // "…, which you should review": a modal right after "you" is the reader's, whoever
      // the main subject is.
      const own =
        rule.owner === 'subject' &&
        /\b(?:which|that|whom|where|so)\s+you\s+(?:(?:\w+ly|also|then|still)\s+)*$/i.test(
          text.slice(0, match.index),
        )
      const owner = own ? 'customer' : ownerFor(rule, party, shape.text, named)
      // A provider being responsible for something is its guarantee, not an obligation on anyone.
      const kind = rule.providerGuarantees && owner === 'provider' ? 'guarantee' : rule.kind
      if (ILLUSTRATES.test(sentence) && (WEAK_RULES.has(rule.name) || rule.weight < 0.75))
        return notControl('illustration', party, leadIn, announces)
      return decide(rule.name, kind, owner, rule.weight, !rule.needsSecurityTerm)
    }

    // A fragment with no verb of its own ("with a key unique to each backup.") finishes its
    // lead-in's sentence, whatever that lead-in was.
    const fragment = !shape.verb && !shape.imperative && lead?.control ? lead : null
    // "Name – allows read-only use": an item that describes its label keeps to itself.
    const describes = shape.subject === '' && !shape.imperative && /s$/.test(shape.verb ?? '')
    const from = describes && lead?.party !== 'provider' ? null : (inherited ?? fragment)
    if (
      from?.kind &&
      from.owner &&
      // A fragment names no subject of its own, whatever its words look like.
      (!shape.verb ||
        party === null ||
        party === 'neutral' ||
        party === 'program' ||
        party === from.party)
    ) {
      return decide('lead-in', from.kind, from.owner, from.confidence * 0.9, false)
    }
    if (
      context.contrastive &&
      shape.verb &&
      !/^(?:\S+\s+)?(?:not|never)\b|n't\b/i.test(shape.predicate)
    ) {
      if (party === 'customer') return decide('contrastive', 'requirement', 'customer', 0.6, false)
      if (party === 'provider') return decide('contrastive', 'guarantee', 'provider', 0.6, false)
    }
    // "These include SOC, PCI DSS and HIPAA.": a pronoun carries on the previous control when
    // the sentence adds the programs it is about.
    const previous = context.previous
    if (
      previous?.control &&
      previous.kind &&
      previous.owner &&
      /^(?:this|these|they|it|those)$/i.test(shape.head) &&
      options.programs.matches(sentence).length > 0
    ) {
      return decide('anaphora', previous.kind, previous.owner, previous.confidence * 0.8, false)
    }
    return notControl('no-signal', party, leadIn, announces, shape.imperative)
  }

  return { classify }
}
