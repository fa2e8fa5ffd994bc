import type { ControlKind, Owner } from '../../model/control.ts'
import { createMemo } from '../../support/create-memo.ts'
import { analyzeClause } from './analyze-clause.ts'
import type { ClauseShape } from './analyze-clause.ts'
import type { Classification, TraceStep } from './classification.ts'
import type { ProgramFinder } from './find-programs.ts'
import { createPartyClassifier } from './party.ts'
import type { SubjectParty } from './party.ts'
import { RULES } from './rules/index.ts'
import type { RuleName } from './rules/index.ts'
import type { ClassifierRule, SentenceFacts, Verdict } from './rules/types.ts'
import { negationCue } from './find-negations.ts'
import { normalizeContractions } from './normalize-contractions.ts'
import { UNSECURED_FACTOR } from './rules/types.ts'
import { ANNOUNCES, LABEL, LABEL_DASH, LABEL_MAX_WORDS } from './terms/lead-in-terms.ts'
import { NEUTRAL_HEADS } from './terms/party-terms.ts'
import { hasSecurityTerm } from './terms/security-terms.ts'

export type { Classification, TraceStep } from './classification.ts'

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
  /** Who a subject head names, as the classifier reads it (decided once per head). */
  partyOf(head: string): SubjectParty
}

export interface ClassifierOptions {
  /** Names by which the docs refer to the service (see `serviceAliases`). */
  serviceNames: readonly string[]
  programs: ProgramFinder
}

type Rule = ClassifierRule<RuleName>

const GENERIC = new Set(NEUTRAL_HEADS)
const byName = new Map<RuleName, Rule>(RULES.map((rule) => [rule.name, rule as Rule]))
const rule = (name: RuleName): Rule => byName.get(name) as Rule
/**
 * A rule with every field, in one order. The walk reads the same fields of some seventy rules for
 * every sentence; rules written with different optional fields have different hidden classes,
 * which makes each of those reads a slow, megamorphic one. (The type makes a new field an error
 * here until it is copied.)
 */
const uniform = (entry: Rule): { [Field in keyof Required<Rule>]: Rule[Field] } => ({
  name: entry.name,
  phase: entry.phase,
  kind: entry.kind,
  owner: entry.owner,
  neutral: entry.neutral,
  weight: entry.weight,
  on: entry.on,
  pattern: entry.pattern,
  unless: entry.unless,
  parties: entry.parties,
  unlessHead: entry.unlessHead,
  byDefault: entry.byDefault,
  needs: entry.needs,
  providerGuarantees: entry.providerGuarantees,
  notContrastive: entry.notContrastive,
  weak: entry.weak,
  softenedBy: entry.softenedBy,
  softenedWeight: entry.softenedWeight,
  check: entry.check,
  describe: entry.describe,
  explain: entry.explain,
  examples: entry.examples,
})
const CLASSIFYING = RULES.filter((entry) => entry.phase !== 'page' && entry.name !== 'label').map(
  (entry) => uniform(entry as Rule),
)

const round = (value: number): number =>
  Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100

type Placeholder = 'words' | 'kind' | 'owner' | 'head'
interface StepValues {
  words: string
  kind?: string | null
  owner?: string | null
  head?: string
}

const PLACEHOLDER = /\{(words|kind|owner|head)\}/
/** Each rule's explanation cut at its placeholders, once: every sentence read fills one. */
const TEMPLATES = new Map<string, (string | Placeholder)[]>(
  RULES.map((entry) => [entry.explain, entry.explain.split(PLACEHOLDER)]),
)

const fill = (name: Placeholder, values: StepValues): string =>
  name === 'words'
    ? values.words
    : name === 'kind'
      ? (values.kind ?? 'no control')
      : name === 'owner'
        ? (values.owner ?? 'no one')
        : (values.head ?? '')

/** Fills a rule's explanation: {words}, {kind}, {owner}, {head}. */
export function explainStep(entry: Rule, values: StepValues): TraceStep {
  const parts = TEMPLATES.get(entry.explain) ?? entry.explain.split(PLACEHOLDER)
  let explain = ''
  // split() with a capture group alternates text and placeholder names.
  for (const [index, part] of parts.entries())
    explain += index % 2 === 0 ? part : fill(part as Placeholder, values)
  return { rule: entry.name, phase: entry.phase, words: values.words, explain }
}

const textFor = (scope: ClassifierRule['on'], facts: SentenceFacts): string => {
  const shape: ClauseShape = facts.shape
  switch (scope) {
    case 'clause':
      return shape.text
    case 'predicate':
      return shape.predicate
    case 'core':
      return shape.core
    case 'verb':
      return shape.verb ?? ''
    default:
      return facts.text
  }
}

/**
 * Whether a rule holds for a sentence, and with which words; the data conditions first, then the
 * rule's own `check`.
 */
function holds(entry: Rule, facts: SentenceFacts): (Verdict & { match?: RegExpExecArray }) | null {
  const { shape } = facts
  if (entry.phase === 'signal') {
    // An instruction is the reader's: statements about a subject never describe it.
    if (shape.imperative && (entry.kind === 'capability' || entry.kind === 'guarantee')) return null
    if (shape.imperative && (entry.on === 'verb' || entry.on === 'predicate')) return null
  }
  if (entry.byDefault && !shape.byDefault) return null
  if (entry.notContrastive && facts.contrastive) return null
  if (entry.parties && !entry.parties.includes(facts.party)) return null
  if (entry.needs === 'security-term' && !facts.secure) return null
  if (entry.needs === 'security-term-in-core' && !facts.secureCore) return null
  // "Security is a shared responsibility…" is background about the model, not a duty.
  if ((entry.owner === 'shared' || entry.owner === 'named') && facts.genericHead) return null
  if (entry.unlessHead?.test(shape.head)) return null
  let verdict: (Verdict & { match?: RegExpExecArray }) | null = { words: '' }
  if (entry.pattern) {
    const text = textFor(entry.on, facts)
    const match = entry.pattern.exec(text)
    if (!match || entry.unless?.test(text)) return null
    verdict = { words: match[0].trim(), match }
  }
  if (entry.check) {
    const checked = entry.check(facts)
    if (!checked) return null
    const { words, kind, owner, from } = checked
    verdict = { words, kind, owner, from, match: verdict.match }
  }
  return verdict
}

export function createSentenceClassifier(options: ClassifierOptions): SentenceClassifier {
  const partyOf = createPartyClassifier(options.serviceNames, options.programs)

  const factsOf = (text: string, context: ClassifyOptions): SentenceFacts => {
    const shape = analyzeClause(text)
    const leadIn = /:\s*$/.test(text)
    const lead = context.leadIn ?? null
    // Items take kind and owner from a lead-in that obliges or advises, or that announces them.
    const inherited =
      lead?.control &&
      (lead.kind === 'recommendation' ||
        lead.kind === 'requirement' ||
        (lead.announces && !lead.weak))
        ? lead
        : null
    const programs = options.programs.matches(text)
    // A statement that is only a program's name ("System and Organization Controls (SOC)") has
    // no subject, whatever its words look like.
    const onlyProgram =
      programs[0]?.start === 0 && /^[\s(),.A-Z-]*$/.test(text.slice(programs.at(-1)?.end))
    let party = onlyProgram ? 'program' : partyOf(shape.head)
    if (party === null && lead?.party && !shape.imperative) party = lead.party
    // "The modules used by the service": a thing named by its provider-side agent.
    const subjectAgent = /\b\w+(?:ed|en)\s+by\s+(.+)$/i.exec(shape.subject)?.[1]
    if (party === 'neutral' && subjectAgent && partyOf(subjectAgent) === 'provider')
      party = 'provider'
    const agentWords = /\bby\s+((?:\S+\s*){1,4})/i.exec(shape.text)?.[1]
    return {
      text,
      shape,
      party,
      // Only read when the subject names no party (naming one is the costly part).
      agent:
        agentWords && (party === null || party === 'neutral' || party === 'program')
          ? partyOf(agentWords)
          : null,
      negated: negationCue(shape.predicate) !== null,
      // Naming a compliance program makes a statement security-relevant too.
      secure: hasSecurityTerm(text) || programs.length > 0,
      secureCore: hasSecurityTerm(shape.core),
      genericHead: GENERIC.has(shape.head.toLowerCase().replace(/^(?:the|a|an)\s+/, '')),
      programs: [...new Set(programs.map((match) => match.program))],
      leadIn,
      lead,
      inherited,
      previous: context.previous ?? null,
      contrastive: context.contrastive === true,
      partyOf,
    }
  }

  const ownerOf = (
    entry: Rule,
    facts: SentenceFacts,
    verdict: Verdict & { match?: RegExpExecArray },
  ): Owner | null => {
    if (verdict.owner) return verdict.owner
    if (entry.owner === 'inherit' || entry.owner === null) return null
    if (entry.owner === 'named') {
      const who = facts.partyOf(verdict.match?.[1] ?? '')
      return who === 'provider' || who === 'customer' || who === 'shared' ? who : null
    }
    if (entry.owner !== 'subject') return entry.owner
    // "…, which you should review": a modal right after "which/that you" is the reader's.
    const match = verdict.match
    if (match) {
      const before = textFor(entry.on, facts).slice(0, match.index)
      if (/\b(?:which|that|whom|where|so)\s+you\s+(?:(?:\w+ly|also|then|still)\s+)*$/i.test(before))
        return 'customer'
    }
    const party: SubjectParty = facts.party
    if (party === 'provider' || party === 'customer' || party === 'shared') return party
    // A passive duty with a provider agent ("must be evaluated by AWS") is the provider's.
    if (facts.agent === 'provider') return 'provider'
    return entry.neutral ?? 'customer'
  }

  const classifyText = (sentence: string, context: ClassifyOptions): Classification => {
    const facts = factsOf(sentence, context)
    const announces = facts.leadIn && ANNOUNCES.test(sentence)
    const trace: TraceStep[] = []
    let factor = 1
    const { imperative } = facts.shape
    const { leadIn } = facts
    for (const entry of CLASSIFYING as readonly Rule[]) {
      const verdict = holds(entry, facts)
      if (!verdict) continue
      const head = facts.shape.head
      if (entry.kind === null && entry.owner === null) {
        // An obligation that points at an example stays a candidate; it just reads less clearly.
        if (entry.softenedBy?.test(sentence)) {
          factor *= entry.softenedWeight ?? 1
          trace.push(explainStep(entry, { words: verdict.words, head }))
          continue
        }
        trace.push(explainStep(entry, { words: verdict.words, head }))
        // Literals in one key order, without spreads: one shape for every classification, and
        // this runs for each of the thousands of sentences a build reads.
        return {
          party: entry.phase === 'exclude' && entry.name !== 'definition' ? null : facts.party,
          imperative,
          leadIn,
          announces,
          control: false,
          kind: null,
          owner: null,
          confidence: 0,
          rule: entry.name,
          trace,
          weak: false,
        }
      }
      const owner = ownerOf(entry, facts, verdict)
      if (!owner) continue
      const declared: ControlKind | null = verdict.kind ?? entry.kind
      if (!declared) continue
      // A provider being responsible for something is its guarantee, not an obligation on anyone.
      const kind = entry.providerGuarantees && owner === 'provider' ? 'guarantee' : declared
      const unsecured =
        entry.phase === 'signal' && !entry.needs && !facts.secure ? UNSECURED_FACTOR : 1
      trace.push(explainStep(entry, { words: verdict.words, kind, owner, head }))
      return {
        party: facts.party,
        imperative,
        leadIn,
        announces,
        control: true,
        kind,
        owner,
        confidence: round((verdict.from ?? 1) * entry.weight * factor * unsecured),
        rule: entry.name,
        trace,
        weak: entry.weak === true,
      }
    }
    // `no-signal` always holds; this is never reached.
    throw new Error(`no rule decided "${sentence}"`)
  }

  /**
   * "Label – text" items are judged by their text; when the text is no control but the label is
   * ("**Enable MFA** – MFA adds a second factor…"), the label decides.
   */
  // A sentence read with nothing around it (no lead-in, no previous sentence) always reads the
  // same: table cells and boilerplate repeat down a service's pages. Callers never change a
  // classification, so the same object can be handed out again.
  const alone = createMemo<Classification>(50_000)
  const classify = (input: string, context: ClassifyOptions = {}): Classification =>
    context.leadIn || context.previous || context.contrastive
      ? read(input, context)
      : alone(input, () => read(input, context))

  const read = (input: string, context: ClassifyOptions): Classification => {
    const raw = normalizeContractions(input.trim())
    const labelled = LABEL_DASH.test(raw) ? LABEL.exec(raw) : null
    if (!labelled || raw.slice(0, labelled[0].length).split(/\s+/).length > LABEL_MAX_WORDS) {
      return classifyText(raw, context)
    }
    const text = classifyText(raw.slice(labelled[0].length).trim(), context)
    const labelText = labelled[0].replace(/\s*(?:[–—]|\s-)\s*$/, '').trim()
    const label = classifyText(labelText, context)
    const entry = rule('label')
    const fromLabel: Classification = {
      ...label,
      rule: 'label',
      confidence: round(label.confidence * entry.weight),
      trace: [
        ...label.trace,
        explainStep(entry, { words: labelText, kind: label.kind, owner: label.owner }),
      ],
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

  return { classify, partyOf }
}
