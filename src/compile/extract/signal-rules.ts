import type { ControlKind, Owner } from '../../model/control.ts'
import type { SubjectParty } from './party.ts'
import { PROTECTIVE_VERBS, STRONG_PROTECTIVE_VERBS, inflect } from './verb-terms.ts'

/**
 * One way a sentence signals a control. Rules are tried in order; the first that fits decides
 * kind, owner and base confidence.
 */
export interface SignalRule {
  name: string
  kind: ControlKind
  /**
   * A fixed owner; 'subject': the subject's party decides, `neutral` falling back; 'named': the
   * party named by the pattern's first capture group decides ("the responsibility of AWS and
   * you" → shared), and the rule does not apply when that names no party.
   */
  owner: Owner | 'subject' | 'named'
  /** Owner when the subject is neutral or absent (only for owner 'subject'). */
  neutral?: Owner
  /** Base confidence. */
  weight: number
  /** Tested on the main clause ('clause'), the predicate ('predicate') or the main verb ('verb'). */
  on: 'sentence' | 'clause' | 'predicate' | 'core' | 'verb'
  pattern: RegExp
  /** The rule does not apply when this matches the same text (negations). */
  unless?: RegExp
  /** Subject parties the rule accepts; any when absent. */
  parties?: readonly SubjectParty[]
  /** The rule does not apply when the subject's head matches (pronouns, policy documents…). */
  unlessHead?: RegExp
  /** Only when the sentence opened with "By default". */
  byDefault?: boolean
  /** Weak signal: needs a security term in the sentence. */
  needsSecurityTerm?: boolean
  /** Not for one side of a two-party sentence, where plain indicative duties are requirements. */
  notContrastive?: boolean
  /** A duty that falls on the provider is its guarantee, not an obligation on anyone. */
  providerGuarantees?: boolean
}

const forms = (verbs: readonly string[]): string =>
  verbs
    .flatMap(inflect)
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/ /g, '\\s+'))
    .join('|')

const PARTICIPLES = forms(STRONG_PROTECTIVE_VERBS)
const WEAK_PARTICIPLES = forms(
  PROTECTIVE_VERBS.filter((verb) => !STRONG_PROTECTIVE_VERBS.includes(verb)),
)
const PROVIDER_SIDE: readonly SubjectParty[] = ['provider']
const CUSTOMER_SIDE: readonly SubjectParty[] = ['customer']
const NEUTRAL_SIDE: readonly SubjectParty[] = ['neutral']

export const SIGNAL_RULES: readonly SignalRule[] = [
  // Recommendations: advice addressed to the reader.
  {
    name: 'we-recommend',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.95,
    on: 'sentence',
    pattern:
      /\b(?:we|aws|amazon)(?:\s+\w+ly)?(?:\s+also)?(?:\s+\w+ly)?\s+(?:recommends?|advises?|suggests?|encourages?|discourages?|advises?\s+against)\b/i,
    // Advice on how to read the documentation itself.
    unless:
      /\b(?:view|read|review|consider|use)\s+(?:these|the|this)\s+(?:best\s+practices|guidelines|recommendations|topics?|information|guide)\b/i,
  },
  {
    name: 'is-recommended',
    kind: 'recommendation',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'sentence',
    pattern:
      /\b(?:is|are|it's|be)\s+(?:\w+ly\s+|not\s+)?(?:recommended|advised|encouraged|discouraged)\b/i,
  },
  {
    name: 'best-practice',
    kind: 'recommendation',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.8,
    on: 'sentence',
    pattern:
      /\bas\s+a\s+(?:\w+\s+)?best[\s-]practice\b|\b(?:is|are)\s+(?:also\s+)?(?:a\s+|considered\s+(?:a\s+)?)?(?:\w+\s+)?best[\s-]practices?\b|\bbest[\s-]practice\s+is\s+to\b|\bfollow\s+(?:the\s+|these\s+)?(?:\w+\s+)?best[\s-]practices?\b|\b(?:it is|it's)\s+(?:a\s+)?(?:good|wise|prudent|recommended|best)\s+(?:idea|practice)\b/i,
  },
  {
    name: 'should',
    kind: 'recommendation',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern: /\bshould(?:n't|\s+not)?\b|\bought\s+to\b/i,
  },
  {
    name: 'important-to',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.75,
    on: 'clause',
    pattern:
      /\b(?:it is|it's)\s+(?:\w+ly\s+)?(?:important|critical|essential|vital|crucial)\s+(?:to|that)\b/i,
  },
  {
    name: 'may-want-to',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.65,
    on: 'clause',
    pattern: /\byou\s+(?:may|might)\s+(?:also\s+)?(?:want|wish)\s+to\b/i,
    // "…might want to learn about…": reading on, not acting.
    unless: /\b(?:want|wish)\s+to\s+(?:learn|read|understand|know|see|explore|review)\b/i,
  },
  // "Implementing least privilege is key to…", "This is preferable to storing keys…": a
  // practice judged good is advice.
  {
    name: 'practice-is-key',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern:
      /^(?:\w+ing\b[^,;]*?|this|that|doing\s+so)\s+(?:is|are)\s+(?:\w+ly\s+)?(?:key|important|critical|essential|vital|crucial|preferable|safer|more\s+secure|better)\s+(?:to|in|for|than)\b/i,
    needsSecurityTerm: true,
  },
  // Requirements: obligations, prohibitions and enforced restrictions.
  // "Your compliance responsibility is determined by…": the reader's part of the model.
  {
    name: 'your-responsibility',
    kind: 'requirement',
    owner: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern: /^your\s+(?:[\w-]+\s+)?responsibilit(?:y|ies)\b/i,
  },
  {
    name: 'responsible-for',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern:
      /\b(?:is|are|remains?|be|stays?)\s+(?:\w+ly\s+|also\s+|still\s+)*responsible\s+for\b|\b(?:take|takes|has|have|bear|bears)\s+(?:full\s+|sole\s+)?responsibility\s+for\b/i,
    providerGuarantees: true,
  },
  // "X is the responsibility of AWS", "… a joint responsibility of AWS and the customer", "… the
  // responsibility of both the service and you": whoever the "of"/"between" phrase names owns
  // it, both sides making it shared. Background about the model itself ("Security is a shared
  // responsibility between AWS and you") has a generic subject and is dropped by the classifier.
  {
    name: 'responsibility-of',
    kind: 'requirement',
    owner: 'named',
    weight: 0.8,
    on: 'clause',
    pattern:
      /\b(?:is|are|remains?|becomes?|stays?|falls?\s+under)\s+(?:\w+ly\s+|also\s+|still\s+)*(?:the\s+|a\s+)?(?:(?:shared|joint|common|mutual|sole|full|primary)\s+)?responsibilit(?:y|ies)\s+(?:of|between)\s+(.+?)(?=\s*[,;:.(–—]|\s+(?:to|for|in|when|because|so|as|under|through|during|while|whereas|but)\s|$)/i,
    unless: /\bmodel\b/i,
    providerGuarantees: true,
  },
  // One duty given to both sides: "A and B share (the) responsibility for X", "X is a shared
  // responsibility", "responsibility for X is shared between A and B", "X is a responsibility
  // that A and B share", "A and B are jointly responsible for X".
  {
    name: 'shared-duty',
    kind: 'requirement',
    owner: 'shared',
    weight: 0.7,
    on: 'clause',
    pattern:
      /\b(?:shared|joint|common|mutual)\s+responsibilit(?:y|ies)\b|\bshares?\s+(?:in\s+)?(?:the\s+|a\s+|this\s+)?responsibilit(?:y|ies)\b|\bresponsibilit(?:y|ies)\b(?:\s+\S+){0,12}?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:shared|split|divided)\b|\bresponsibilit(?:y|ies)\s+(?:that|which)\s+(?:\S+\s+){1,6}?share\b|\bjointly\s+(?:responsible|accountable)\b/i,
    unless: /\bmodel\b/i,
  },
  {
    name: 'must',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.9,
    on: 'clause',
    pattern: /\bmust\b|\bmustn't\b/i,
  },
  {
    name: 'shall',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern: /\bshall\b/i,
  },
  {
    name: 'is-required',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern:
      /\b(?:is|are|be|been|was|were)\s+(?:\w+ly\s+|also\s+)?(?:required|mandatory|obligated)\b|\bit\s+is\s+(?:required|mandatory)\b/i,
    unless: /\b(?:not|n't)\s+(?:\w+ly\s+)?(?:required|mandatory)\b/i,
  },
  {
    name: 'need-to',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern: /\b(?:need|needs|have|has)\s+to\b/i,
    unless:
      /\b(?:not|n't|never|no)\s+(?:\w+\s+)?(?:need|needs|have|has)\s+to\b|\b(?:don't|doesn't|do not|does not)\s+need\b/i,
  },
  {
    name: 'prohibited',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.75,
    on: 'clause',
    pattern: /\b(?:is|are)\s+(?:not\s+(?:allowed|permitted)|prohibited|forbidden|disallowed)\b/i,
  },
  {
    name: 'only-can',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'provider',
    weight: 0.75,
    on: 'clause',
    pattern:
      /^only\b[^;]*?\bcan\b|\bcan\s+(?:be\s+\w+\s+)?only\b|\bcan\s+only\b|\bonly\s+(?:if|when)\b[^;]*\bcan\b/i,
  },
  {
    name: 'only-accepts',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'provider',
    weight: 0.7,
    on: 'predicate',
    pattern:
      /^(?:\w+ly\s+)?only\s+(?:supports?|accepts?|allows?|permits?|uses?)\b|^(?:supports?|accepts?|allows?|permits?)\s+only\b/i,
  },
  {
    name: 'requires',
    kind: 'requirement',
    owner: 'customer',
    weight: 0.65,
    on: 'verb',
    pattern: /^requires?$/i,
    // Laws and standards requiring something motivate a control; they are not one.
    unlessHead:
      /\b(?:regulations?|laws?|requirements|standards?|polic(?:y|ies)|frameworks?|programs?)\s*$/i,
  },
  {
    name: 'you-cannot',
    kind: 'requirement',
    owner: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern:
      /^you\s+(?:cannot|can't|can\s+not|may\s+not|are\s+not\s+(?:able|allowed|permitted)\s+to)\b/i,
  },
  // Capabilities: security features the customer may choose to use.
  // "X and Y are integrated so that you can…": a feature offered to the reader.
  {
    name: 'integrated-so-you-can',
    kind: 'capability',
    owner: 'customer',
    weight: 0.65,
    on: 'sentence',
    pattern: /\b(?:is|are)\s+(?:\w+ly\s+)?integrated\b[^.;]*?\bso\s+(?:that\s+)?you\s+can\b/i,
    needsSecurityTerm: true,
  },
  // "Point-in-time recovery helps protect your tables": a feature that protects when used. A
  // provider doing something so that you can act is the provider's act (a later rule).
  {
    name: 'helps-you',
    kind: 'capability',
    owner: 'customer',
    weight: 0.65,
    on: 'sentence',
    pattern:
      /\bso\s+(?:that\s+)?you\s+can\b|\bhelps?\s+(?:you\s+)?(?:to\s+)?(?:protect|secure|prevent|detect|monitor|audit|encrypt|control|restrict|recover|restore|enforce)\b/i,
    parties: [null, 'neutral', 'customer'],
    needsSecurityTerm: true,
  },
  {
    name: 'you-can',
    kind: 'capability',
    owner: 'customer',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also|then|now|still)\s+)*(?:can|could|may|are\s+able\s+to|have\s+the\s+(?:option|ability|choice)\s+to)\s+(?!(?:also\s+)?(?:be|include|contain|have|come|appear|vary|differ|do\s+nothing)\b)/i,
    unless: /^(?:(?:\w+ly|also)\s+)*(?:can|may)\s+(?:not|no\s+longer)\b/i,
    parties: CUSTOMER_SIDE,
  },
  // "You control access by creating policies", "administrators configure a permission set": the
  // reader's own act, described, is something the reader can do.
  {
    name: 'customer-acts',
    kind: 'capability',
    owner: 'customer',
    weight: 0.55,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also|then)\s+)?(?:control|controls|configure|configures|create|creates|define|defines|manage|manages|grant|grants|assign|assigns|attach|attaches|restrict|restricts|enforce|enforces|specify|specifies)\b/i,
    parties: CUSTOMER_SIDE,
    needsSecurityTerm: true,
    // In a two-party sentence the reader's part is a duty (the contrastive rule).
    notContrastive: true,
  },
  {
    name: 'lets-you',
    kind: 'capability',
    owner: 'customer',
    weight: 0.7,
    on: 'sentence',
    pattern:
      /\b(?:lets|let|allows|allow|enables|enable|permits|permit|gives)\s+(?:you|customers|users|administrators)\b|\byou\s+have\s+the\s+(?:option|ability|choice)\b|\boptionally\b/i,
    unless: /\b(?:not|n't)\s+(?:\w+\s+)?(?:let|allow|enable|permit|give)\b/i,
    needsSecurityTerm: true,
  },
  // "The logging service can monitor data events": what a provider tool can do once the reader
  // turns it on.
  {
    name: 'tool-can',
    kind: 'capability',
    owner: 'customer',
    weight: 0.6,
    on: 'predicate',
    pattern: /^(?:(?:\w+ly|also)\s+)?can\s+(?!(?:not|no|be|also\s+be)\b)/i,
    parties: PROVIDER_SIDE,
    unlessHead: /^(?:aws|amazon|we|the\s+service|this\s+service|microsoft|azure|google)$/i,
    needsSecurityTerm: true,
  },
  // "The service provides an SDK that signs requests", "… has its own permissions system":
  // a tool handed to the reader, who decides to use it.
  {
    name: 'provider-offers-tool',
    kind: 'capability',
    owner: 'customer',
    weight: 0.6,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also)\s+)?(?:provides?|offers?|includes?|(?:has|have)\s+(?:its|their)\s+own)\s+(?:you\s+with\s+)?(?:[\w-]+\s+){0,5}?(?:sdks?|cli|command\s+line\s+tools|tools?|apis?|rules|features?|options?|settings?|mechanisms?|systems?|librar(?:y|ies)|consoles?|controls|capabilit(?:y|ies))\b/i,
    parties: PROVIDER_SIDE,
    needsSecurityTerm: true,
  },
  {
    name: 'provider-supports',
    kind: 'capability',
    owner: 'customer',
    weight: 0.65,
    on: 'predicate',
    pattern: /^(?:(?:\w+ly|also)\s+)?(?:supports|support|offers|offer|integrates|integrate)\b/i,
    // Supporting logging of events is the service recording them, not a choice.
    unless: /^(?:(?:\w+ly|also)\s+)?\w+\s+(?:logging|recording|auditing)\b/i,
    parties: PROVIDER_SIDE,
    needsSecurityTerm: true,
  },
  // Guarantees: what the provider does or ensures.
  {
    name: 'compliance-claim',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.9,
    on: 'predicate',
    pattern:
      /\b(?:certified|compliant|accredited|attested|authori[sz]ed|audited|assessed|validated|eligible|in\s+scope)\b|\b(?:complies|comply|conforms?|adheres?|aligns?)\s+(?:to|with)\b|\b(?:meets?|satisfies|satisfy|fulfills?)\s+(?:[\w-]+[\s,]+){0,8}?(?:requirements|standards?|criteria|controls)\b|\b(?:has|have)\s+(?:\w+ly\s+)?(?:implemented|achieved|obtained|attained|received|passed|completed)\b/i,
    unless:
      /\bnot\s+(?:[\w-]+\s+){0,4}(?:certified|compliant|accredited|validated|eligible|in\s+scope)\b/i,
    parties: PROVIDER_SIDE,
  },
  {
    name: 'compliance-claim-thing',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:[\w-]+\s+){0,6}?(?:certified|compliant|accredited|attested|authori[sz]ed|audited|assessed|validated|eligible|in\s+scope)\b|(?:complies|comply|conforms?|adheres?)\s+(?:to|with)\b)/i,
    unless:
      /\bnot\s+(?:[\w-]+\s+){0,4}(?:certified|compliant|accredited|validated|eligible|in\s+scope)\b/i,
    parties: NEUTRAL_SIDE,
  },
  {
    name: 'never-exposed',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /\b(?:never|cannot|can't|can\s+not|does\s+not|doesn't|do\s+not|don't|will\s+not|won't|is\s+not|are\s+not)\s+(?:\w+ly\s+)?(?:be\s+)?(?:leave|leaves|left|exported|extracted|accessed|access|read|viewed|seen|shared|retrieved|exposed|transmitted|written|persisted|stored\s+in\s+plaintext|decrypted\s+by)\b|\bnever\s+(?:leaves?|has\s+access|sees?|stores?|shares?|logs?|persists?)\b|\b(?:is|are)\s+not\s+(?:\w+ly\s+)?(?:accessible|reachable|exposed|visible|readable|exportable|extractable|public|routable)\b|\b(?:has|have)\s+no\s+access\b|\b(?:does\s+not|doesn't|do\s+not|don't)\s+have\s+access\b/i,
  },
  {
    name: 'provider-does-not-keep',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:does\s+not|doesn't|do\s+not|don't|will\s+not|won't|never)\s+(?:store|retain|keep|log|share|see|persist|record|use)\s+(?:your|customer|any|the\s+plaintext|plaintext)\b/i,
    parties: PROVIDER_SIDE,
  },
  // "Every new role starts with no permissions": a state the provider guarantees.
  {
    name: 'starts-without-access',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.7,
    on: 'predicate',
    pattern:
      /^(?:starts?|begins?|is\s+created|are\s+created|comes?)\s+with(?:out|\s+no)\s+(?:any\s+)?(?:permissions?|access|privileges?|rights|credentials)\b/i,
  },
  // "You don't have to manage backups": the service takes care of it entirely.
  {
    name: 'taken-care-of',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.65,
    on: 'clause',
    pattern:
      /^you\s+(?:do\s+not|don't|never|no\s+longer)\s+(?:have|need)\s+to\s+(?:worry|manage|maintain|patch|provision|schedule|rotate|think|handle|configure)\b|\bthere\s+is\s+no\s+need\s+(?:for\s+you\s+)?to\s+(?:manage|maintain|patch|rotate|configure)\b/i,
    needsSecurityTerm: true,
  },
  // "When you create your account, logging is enabled": on by default.
  {
    name: 'on-by-default',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.65,
    on: 'sentence',
    pattern:
      /^(?:by\s+default|when\s+you\s+(?:create|sign\s+up|open|launch)\b[^,]*),\s+[^,;]*?\b(?:is|are)\s+(?:\w+ly\s+)?(?:enabled|on|turned\s+on|active|activated|applied)\b|\b(?:is|are)\s+(?:\w+ly\s+)?(?:enabled|on|active|applied)\s+by\s+default\b/i,
    unless: /\b(?:not|n't)\s+(?:\w+\s+)?(?:enabled|on|active|applied)\b/i,
    needsSecurityTerm: true,
  },
  // What a weak verb does in the passive ("is redundantly stored", "is recorded in a log") is
  // protective when the clause says what it protects.
  {
    name: 'passive-weak-protective',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.55,
    on: 'core',
    pattern: new RegExp(
      `^(?:(?:is|are|was|were|be|been|get|gets|has\\s+been|have\\s+been|will\\s+be)\\s+)(?:(?:\\w+ly|also|always|automatically|then)\\s+)*(?:${WEAK_PARTICIPLES})\\b`,
      'i',
    ),
    unless:
      /\bby\s+(?:you|your|the\s+customer|customers|users?|an?\s+(?:user|administrator|customer))\b|^(?:is|are)\s+not\b/i,
    parties: [...PROVIDER_SIDE, 'neutral'],
    needsSecurityTerm: true,
  },
  {
    name: 'secure-default',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.65,
    on: 'clause',
    pattern:
      /\b(?:denied|deny|denies|encrypted|blocked|private|disabled|(?:don't|do\s+not|doesn't|does\s+not)\s+have\s+(?:any\s+)?permissions?|no\s+(?:access|permissions?)|not\s+(?:public|accessible|shared)|restricted)\b/i,
    byDefault: true,
  },
  {
    name: 'passive-protective',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.7,
    on: 'predicate',
    pattern: new RegExp(
      `^(?:(?:is|are|was|were|be|been|being|get|gets|remains?|stays?|has\\s+been|have\\s+been|will\\s+be|can\\s+be)\\s+)(?:(?:\\w+ly|also|always|automatically|then|further|additionally|not\\s+only)\\s+)*(?:${PARTICIPLES})\\b`,
      'i',
    ),
    unless:
      /\bby\s+(?:you|your|the\s+customer|customers|users?|an?\s+(?:user|administrator|customer))\b|^(?:is|are)\s+not\b|^can\s+be\b/i,
  },
  {
    name: 'provider-acts',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.85,
    on: 'predicate',
    pattern: new RegExp(
      `^(?:(?:\\w+ly|also|always|automatically|then|further|additionally|will|has|have|can|continuously)\\s+)*(?:${PARTICIPLES})\\b`,
      'i',
    ),
    parties: PROVIDER_SIDE,
  },
  {
    name: 'provider-provides-protection',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also|always|automatically)\s+)*(?:provides?|applies|apply|performs?|uses?|offers?)\s+(?:[\w-]+\s+){0,4}?(?:encryption|isolation|protection|authentication|authorization|redundancy|replication|backups?|logging|monitoring|integrity)\b/i,
    parties: PROVIDER_SIDE,
  },
  {
    // "Temporary credentials expire…", "Sessions are closed…": a protective thing at work.
    name: 'thing-acts',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.6,
    on: 'predicate',
    pattern: new RegExp(
      `^(?:(?:\\w+ly|also|always|automatically|then|will|continuously)\\s+)*(?:${PARTICIPLES})\\b`,
      'i',
    ),
    parties: NEUTRAL_SIDE,
    // What a policy or an example does is the reader's configuration, not a provider's promise.
    unlessHead:
      /^(?:this|that|these|those|it|they|each|every|the\s+following)\b|\b(?:polic(?:y|ies)|statements?|conditions?|examples?|rules?|roles?|settings?|options?|parameters?|commands?|standards?|frameworks?|programs?|regulations?|laws?)\s*$/i,
  },
  {
    name: 'designed-to',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:is|are)\s+(?:\w+ly\s+)?(?:designed|built|architected|engineered)\s+(?:so\s+that|to|such\s+that)\b/i,
    parties: [...PROVIDER_SIDE, 'neutral'],
    needsSecurityTerm: true,
  },
  {
    name: 'provider-security',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.55,
    on: 'core',
    pattern:
      /^(?!(?:does|do|is|are|has|have|can|will)\s+(?:not|n't)\b|doesn't|don't|isn't|aren't|cannot|can't|(?:has|have)\s+no\b)\S/i,
    parties: PROVIDER_SIDE,
    needsSecurityTerm: true,
  },
]
