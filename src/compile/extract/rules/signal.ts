import { hasSecurityTerm } from '../terms/security-terms.ts'
import { OFFERS_CHOICES } from '../terms/lead-in-terms.ts'
import { PROTECTIVE_VERBS, STRONG_PROTECTIVE_VERBS } from '../terms/verb-terms.ts'
import { inflect } from '../inflect.ts'
import type { SubjectParty } from '../party.ts'
import type { ClassifierRule, SentenceFacts, Verdict } from './types.ts'

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
// Heads naming a protective mechanism, and heads naming what the reader writes or chooses.
const MECHANISM_HEAD =
  /\b(?:encryption|isolation|replication|endpoints?|firewalls?|tls|ssl|https|signing|authentication|hsms?|enclaves?|backups?|trails?|monitoring|logging)\b/i
const CONFIGURATION_HEAD =
  /^(?:this|that|these|those|it|they)\b|\b(?:polic(?:y|ies)|statements?|conditions?|examples?|roles?|settings?|options?|parameters?|commands?|clients?)\b/i
const ADMONITION = /^(?:never|always|do\s+not|avoid)\b/i

/**
 * An instruction that decides by itself: no lead-in passes its kind on and no advice just
 * before it (then the context rules decide).
 */
const instruction = (facts: SentenceFacts): boolean => {
  const previous = facts.previous
  const afterAdvice =
    previous?.control === true &&
    previous.owner === 'customer' &&
    previous.kind === 'recommendation'
  return facts.shape.imperative && !facts.inherited && !afterAdvice
}

/** The sentence's own words: advice, obligations, capabilities, guarantees, in that order. */
export const SIGNAL_RULES = [
  // Recommendations: advice addressed to the reader.
  {
    name: 'we-recommend',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.95,
    on: 'sentence',
    pattern:
      /\b(?:we|aws|amazon)(?:\s+\w+ly)?(?:\s+also)?(?:\s+\w+ly)?\s+(?:recommends?|advises?|suggests?|encourages?|discourages?|advises?\s+against)\b/i,
    // Advice on how to read the documentation itself.
    unless:
      /\b(?:view|read|review|consider|use)\s+(?:these|the|this)\s+(?:best\s+practices|guidelines|recommendations|topics?|information|guide)\b/i,
    explain: '"{words}": the provider advises {owner}',
    examples: {
      fires: ['We recommend that you rotate vault keys every year.'],
      silent: ['We recommend that you read these best practices alongside your threat model.'],
    },
  },
  {
    name: 'is-recommended',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'sentence',
    pattern:
      /\b(?:is|are|be)\s+(?:\w+ly\s+|not\s+)?(?:recommended|advised|encouraged|discouraged)\b/i,
    explain: '"{words}" advises {owner}',
    examples: {
      fires: ['Turning on audit logging is strongly recommended for production vaults.'],
      silent: ['Audit logging is available for production vaults.'],
    },
  },
  {
    name: 'best-practice',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.8,
    on: 'sentence',
    pattern:
      /\bas\s+a\s+(?:\w+\s+)?best[\s-]practice\b|\b(?:is|are)\s+(?:also\s+)?(?:a\s+|considered\s+(?:a\s+)?)?(?:\w+\s+)?best[\s-]practices?\b|\bbest[\s-]practice\s+is\s+to\b|\bfollow\s+(?:the\s+|these\s+)?(?:\w+\s+)?best[\s-]practices?\b|\bit\s+is\s+(?:a\s+)?(?:good|wise|prudent|recommended|best)\s+(?:idea|practice)\b/i,
    explain: '"{words}" names a best practice for {owner}',
    examples: {
      fires: ['As a best practice, grant each vault role only the permissions it needs.'],
      silent: ['Best practices change as threats evolve.'],
    },
  },
  {
    name: 'should',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern: /\bshould\b|\bought\s+to\b/i,
    explain: '"{words}" advises {owner}',
    examples: {
      fires: ['You should keep recovery codes offline.'],
      silent: ['The vault could hold up to ten versions of a secret.'],
    },
  },
  {
    name: 'important-to',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.75,
    on: 'clause',
    pattern:
      /\bit\s+is\s+(?:\w+ly\s+)?(?:important|critical|essential|vital|crucial)\s+(?:to|that)\b/i,
    explain: '"{words}" stresses advice to {owner}',
    examples: {
      fires: ['It is important to revoke tokens that leave the organization.'],
      silent: ['It is possible to revoke tokens from the console.'],
    },
  },
  {
    name: 'may-want-to',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.65,
    on: 'clause',
    pattern: /\byou\s+(?:may|might)\s+(?:also\s+)?(?:want|wish)\s+to\b/i,
    // "…might want to learn about…": reading on, not acting.
    unless: /\b(?:want|wish)\s+to\s+(?:learn|read|understand|know|see|explore|review)\b/i,
    explain: '"{words}" suggests an action to {owner}',
    examples: {
      fires: ['You might want to limit which networks can reach the vault.'],
      silent: ['You might want to learn more about vault policies.'],
    },
  },
  // "Implementing least privilege is key to…", "This is preferable to storing keys…": a
  // practice judged good is advice.
  {
    name: 'practice-is-key',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern:
      /^(?:\w+ing\b[^,;]*?|this|that|doing\s+so)\s+(?:is|are)\s+(?:\w+ly\s+)?(?:key|important|critical|essential|vital|crucial|preferable|safer|more\s+secure|better)\s+(?:to|in|for|than)\b/i,
    needs: 'security-term',
    explain: '"{words}" judges a practice good: advice to {owner}',
    examples: {
      fires: ['Granting least privilege is essential to limiting the damage of a leaked token.'],
      silent: ['Granting access takes a few minutes.'],
    },
  },
  // Requirements: obligations, prohibitions and enforced restrictions.
  // "Your compliance responsibility is determined by…": the reader's part of the model.
  {
    name: 'your-responsibility',
    phase: 'signal',
    kind: 'requirement',
    owner: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern: /^your\s+(?:[\w-]+\s+)?responsibilit(?:y|ies)\b/i,
    explain: '"{words}": the reader\'s part of the model',
    examples: {
      fires: ['Your responsibility depends on how sensitive the stored secrets are.'],
      silent: ["The operator's schedule depends on the region."],
    },
  },
  {
    name: 'responsible-for',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern:
      /\b(?:is|are|remains?|be|stays?)\s+(?:\w+ly\s+|also\s+|still\s+)*responsible\s+for\b|\b(?:take|takes|has|have|bear|bears)\s+(?:full\s+|sole\s+)?responsibility\s+for\b/i,
    providerGuarantees: true,
    explain: '"{words}" puts a duty on {owner} (subject "{head}")',
    examples: {
      fires: ['You are responsible for protecting the recovery codes of your vault.'],
      silent: ['The recovery codes are printed once.'],
    },
  },
  // "X is the responsibility of AWS", "… a joint responsibility of AWS and the customer", "… the
  // responsibility of both the service and you": whoever the "of"/"between" phrase names owns
  // it, both sides making it shared. Background about the model itself ("Security is a shared
  // responsibility between AWS and you") has a generic subject and is dropped by the classifier.
  {
    name: 'responsibility-of',
    phase: 'signal',
    kind: 'requirement',
    owner: 'named',
    weight: 0.8,
    on: 'clause',
    pattern:
      /\b(?:is|are|remains?|becomes?|stays?|falls?\s+under)\s+(?:\w+ly\s+|also\s+|still\s+)*(?:the\s+|a\s+)?(?:(?:shared|joint|common|mutual|sole|full|primary)\s+)?responsibilit(?:y|ies)\s+(?:of|between)\s+(.+?)(?=\s*[,;:.(–—]|\s+(?:to|for|in|when|because|so|as|under|through|during|while|whereas|but)\s|$)/i,
    unless: /\bmodel\b/i,
    providerGuarantees: true,
    explain: '"{words}" names who owns the duty: {owner}',
    examples: {
      fires: ['Rotating application credentials is the responsibility of the customer.'],
      silent: ['The shared responsibility model describes how duties are divided.'],
    },
  },
  // One duty given to both sides: "A and B share (the) responsibility for X", "X is a shared
  // responsibility", "responsibility for X is shared between A and B", "X is a responsibility
  // that A and B share", "A and B are jointly responsible for X".
  {
    name: 'shared-duty',
    phase: 'signal',
    kind: 'requirement',
    owner: 'shared',
    weight: 0.7,
    on: 'clause',
    pattern:
      /\b(?:shared|joint|common|mutual)\s+responsibilit(?:y|ies)\b|\bshares?\s+(?:in\s+)?(?:the\s+|a\s+|this\s+)?responsibilit(?:y|ies)\b|\bresponsibilit(?:y|ies)\b(?:\s+\S+){0,12}?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:shared|split|divided)\b|\bresponsibilit(?:y|ies)\s+(?:that|which)\s+(?:\S+\s+){1,6}?share\b|\bjointly\s+(?:responsible|accountable)\b/i,
    unless: /\bmodel\b/i,
    explain: '"{words}" gives one duty to both parties',
    examples: {
      fires: ['Example Vault and you share responsibility for securing vault tokens.'],
      silent: ['The responsibility model of Example Vault is described below.'],
    },
  },
  // "AWS and you both patch the database engine", "Key rotation is handled jointly by the
  // service and the customer": both parties named as the doers of one security duty.
  {
    name: 'both-parties-act',
    phase: 'signal',
    kind: 'requirement',
    owner: 'shared',
    weight: 0.65,
    on: 'predicate',
    // What both may do is no duty; what neither does is no duty either.
    pattern:
      /^(?!(?:(?:\w+ly|both|also|together|jointly)\s+)*(?:can|could|may|might|cannot|do\s+not|does\s+not|never)\b)\S/i,
    needs: 'security-term',
    check: (facts: SentenceFacts): Verdict | null => {
      if (facts.party === 'shared') return { words: facts.shape.head }
      const agent = /\bby\s+([^,;.]+)/i.exec(facts.shape.predicate)?.[1] ?? ''
      return facts.party !== 'provider' &&
        facts.party !== 'customer' &&
        facts.partyOf(agent) === 'shared'
        ? { words: `by ${agent}` }
        : null
    },
    describe: 'the subject, or the agent of a passive, names both the provider and the reader',
    explain: '"{words}": both parties do one duty',
    examples: {
      fires: [
        'Example Vault and you both patch the operating system of the vault host.',
        'Key rotation is handled jointly by Example Vault and the customer.',
      ],
      silent: [
        'Example Vault and you can both read the audit log.',
        'Key rotation is handled by Example Vault.',
      ],
    },
  },
  {
    name: 'must',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.9,
    on: 'clause',
    pattern: /\bmust\b/i,
    explain: '"{words}" obliges {owner} (subject "{head}")',
    examples: {
      fires: ['Vault tokens must be rotated every 90 days.'],
      silent: ['Vault tokens might be rotated by an administrator.'],
    },
  },
  {
    name: 'shall',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern: /\bshall\b/i,
    explain: '"{words}" obliges {owner}',
    examples: {
      fires: ['Each vault shall have a named key owner.'],
      silent: ['Each vault has a named key owner.'],
    },
  },
  {
    name: 'is-required',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.85,
    on: 'clause',
    pattern:
      /\b(?:is|are|be|been|was|were)\s+(?:\w+ly\s+|also\s+)?(?:required|mandatory|obligated)\b|\bit\s+is\s+(?:required|mandatory)\b/i,
    // "You might be required to…" tells what may happen, not a duty.
    unless:
      /\bnot\s+(?:\w+ly\s+)?(?:required|mandatory)\b|\b(?:might|may)\s+(?:also\s+)?be\s+required\b/i,
    explain: '"{words}" obliges {owner}',
    examples: {
      fires: ['Multi-factor authentication is required for vault administrators.'],
      silent: [
        'Multi-factor authentication is not required for read-only users.',
        'Depending on how you sign in, you might be required to enter a second factor.',
      ],
    },
  },
  {
    name: 'need-to',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern: /\b(?:need|needs|have|has)\s+to\b/i,
    unless:
      /\b(?:not|never|no)\s+(?:\w+\s+)?(?:need|needs|have|has)\s+to\b|\b(?:do|does)\s+not\s+need\b/i,
    explain: '"{words}" obliges {owner}',
    examples: {
      fires: ['You need to grant the backup role access to the vault key.'],
      silent: ['You do not need to restart the vault after rotating keys.'],
    },
  },
  {
    name: 'prohibited',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'customer',
    weight: 0.75,
    on: 'clause',
    pattern: /\b(?:is|are)\s+(?:not\s+(?:allowed|permitted)|prohibited|forbidden|disallowed)\b/i,
    explain: '"{words}" forbids something to {owner}',
    examples: {
      fires: ['Public sharing of vault snapshots is not permitted.'],
      silent: ['Public sharing of vault snapshots is possible.'],
    },
  },
  {
    name: 'only-can',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'provider',
    weight: 0.75,
    on: 'clause',
    pattern:
      /^only\b[^;]*?\bcan\b|\bcan\s+(?:be\s+\w+\s+)?only\b|\bcan\s+only\b|\bonly\s+(?:if|when)\b[^;]*\bcan\b/i,
    // A restriction that binds the provider's own systems is what it guarantees.
    providerGuarantees: true,
    explain: '"{words}" restricts who may act; enforced for {owner}',
    examples: {
      fires: ['Only vault administrators can delete a key.'],
      silent: ['Vault administrators can delete a key.'],
    },
  },
  {
    name: 'only-accepts',
    phase: 'signal',
    kind: 'requirement',
    owner: 'subject',
    neutral: 'provider',
    weight: 0.7,
    on: 'predicate',
    pattern:
      /^(?:\w+ly\s+)?only\s+(?:supports?|accepts?|allows?|permits?|uses?)\b|^(?:supports?|accepts?|allows?|permits?)\s+only\b/i,
    providerGuarantees: true,
    explain: '"{words}" restricts what is accepted; enforced by {owner}',
    examples: {
      fires: ['Example Vault only accepts requests over TLS 1.2 or later.'],
      silent: ['Example Vault accepts requests from the console.'],
    },
  },
  {
    name: 'requires',
    phase: 'signal',
    kind: 'requirement',
    owner: 'customer',
    weight: 0.65,
    on: 'verb',
    pattern: /^requires?$/i,
    // Laws and standards requiring something motivate a control; they are not one.
    unlessHead:
      /\b(?:regulations?|laws?|requirements|standards?|polic(?:y|ies)|frameworks?|programs?)\s*$/i,
    explain: '"{words}" states a precondition {owner} must meet',
    examples: {
      fires: ['Access to a vault requires approval from two administrators.'],
      silent: ['Industry regulations often require encryption of stored secrets.'],
    },
  },
  // "You may not…", "you are not allowed to…": a prohibition the reader must keep.
  {
    name: 'you-may-not',
    phase: 'signal',
    kind: 'requirement',
    owner: 'customer',
    weight: 0.7,
    on: 'clause',
    pattern: /^you\s+(?:may\s+not|are\s+not\s+(?:allowed|permitted)\s+to)\b/i,
    explain: '"{words}" forbids something to the reader',
    examples: {
      fires: ['You may not share vault tokens between teams.'],
      silent: ['You may share read-only vault tokens between teams.'],
    },
  },
  // "You cannot export a key in plaintext": what the reader is unable to do, however they try,
  // is a restriction the provider enforces: its guarantee, when it bears on security.
  {
    name: 'you-cannot',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.7,
    on: 'clause',
    pattern: /^you\s+(?:cannot|can\s+not|are\s+not\s+able\s+to|are\s+unable\s+to)\b/i,
    needs: 'security-term-in-core',
    explain: '"{words}": the provider keeps the reader from doing it',
    examples: {
      fires: ['You cannot export a key in plaintext.'],
      silent: ['You cannot rename a vault.', 'You can export a wrapped copy of a key.'],
    },
  },
  // "Administrators can view, but not edit, the key policy": a limit the provider enforces.
  {
    name: 'can-but-not',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.7,
    on: 'clause',
    pattern: /\bcan\s+(?:\w+ly\s+)?\w+(?:\s+\w+)?,?\s+but\s+(?:can)?not\s+\w+/i,
    needs: 'security-term',
    explain: '"{words}": the provider allows one act and prevents the other',
    examples: {
      fires: ['Auditors can read, but not change, the key policies of a vault.'],
      silent: ['Auditors can read the key policies of a vault, but not all of them are current.'],
    },
  },
  // Instructions: advice to the reader when they bear on security, procedure when they operate a
  // tool. Under a lead-in or after advice they take their kind from it (context rules).
  {
    name: 'imperative-admonition',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.75,
    check: (facts: SentenceFacts): Verdict | null => {
      if (!instruction(facts) || !facts.secure) return null
      const match = ADMONITION.exec(facts.shape.text)
      return match ? { words: match[0] } : null
    },
    describe: 'an instruction opening "never", "always", "do not" or "avoid", with a security term',
    explain: '"{words}": a warning to the reader',
    examples: {
      fires: ['Never paste vault tokens into chat messages.'],
      silent: ['Never click the button twice.'],
    },
  },
  {
    name: 'imperative',
    phase: 'signal',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.6,
    check: (facts: SentenceFacts): Verdict | null => {
      const { shape } = facts
      if (!instruction(facts) || !facts.secure || shape.procedural) return null
      // A step towards a goal with no security bearing is procedure.
      if (shape.purpose && !hasSecurityTerm(shape.purpose)) return null
      return { words: shape.text.split(/\s+/).slice(0, 4).join(' ') }
    },
    describe:
      'an instruction with a security term that operates no tool and serves no goal without one',
    explain: '"{words}…": an instruction that bears on security',
    examples: {
      fires: ['Rotate vault tokens every 90 days.'],
      silent: ['Choose Create vault.'],
    },
  },
  {
    name: 'procedure',
    phase: 'signal',
    kind: null,
    owner: null,
    weight: 0,
    check: (facts: SentenceFacts): Verdict | null =>
      instruction(facts) ? { words: facts.shape.text.split(/\s+/).slice(0, 3).join(' ') } : null,
    describe: 'any other instruction that no lead-in or earlier advice makes a recommendation',
    explain: '"{words}…": a step of a procedure, not a control',
    examples: {
      fires: ['Choose Save to keep the settings.'],
      silent: ['Rotate vault tokens every 90 days.'],
    },
  },
  // Capabilities: security features the customer may choose to use.
  // "X and Y are integrated so that you can…": a feature offered to the reader.
  {
    name: 'integrated-so-you-can',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.65,
    on: 'sentence',
    pattern: /\b(?:is|are)\s+(?:\w+ly\s+)?integrated\b[^.;]*?\bso\s+(?:that\s+)?you\s+can\b/i,
    needs: 'security-term',
    explain: '"{words}": an integration offered to the reader',
    examples: {
      fires: [
        'Example Vault is integrated with the audit service so that you can review every key operation.',
      ],
      silent: ['Example Vault is integrated with the billing service.'],
    },
  },
  // "Point-in-time recovery helps protect your tables": a feature that protects when used. A
  // provider doing something so that you can act is the provider's act (a later rule).
  {
    name: 'helps-you',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.65,
    on: 'sentence',
    pattern:
      /\bso\s+(?:that\s+)?you\s+can\b|\bhelps?\s+(?:you\s+)?(?:to\s+)?(?:protect|secure|prevent|detect|monitor|audit|encrypt|control|restrict|recover|restore|enforce)\b/i,
    parties: [null, 'neutral', 'customer'],
    needs: 'security-term',
    explain: '"{words}": a feature that protects once the reader uses it',
    examples: {
      fires: ['Point-in-time restore helps protect vaults from accidental deletion.'],
      silent: ['Point-in-time restore helps with capacity planning.'],
    },
  },
  {
    name: 'you-can',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also|then|now|still)\s+)*(?:can|could|may|are\s+able\s+to|have\s+the\s+(?:option|ability|choice)\s+to)\s+(?!(?:also\s+)?(?:be|include|contain|have|come|appear|vary|differ|do\s+nothing)\b)/i,
    unless: /^(?:(?:\w+ly|also)\s+)*(?:can|may)\s+(?:not|no\s+longer)\b/i,
    parties: CUSTOMER_SIDE,
    weak: true,
    explain: '"{words}": something the reader can choose to do',
    examples: {
      fires: ['You can require multi-factor authentication before a key is deleted.'],
      silent: ['You cannot delete a key that is in use.'],
    },
  },
  // "You control access by creating policies", "administrators configure a permission set": the
  // reader's own act, described, is something the reader can do.
  {
    name: 'customer-acts',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.55,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also|then)\s+)?(?:control|controls|configure|configures|create|creates|define|defines|manage|manages|grant|grants|assign|assigns|attach|attaches|restrict|restricts|enforce|enforces|specify|specifies)\b/i,
    parties: CUSTOMER_SIDE,
    needs: 'security-term',
    // In a two-party sentence the reader's part is a duty (the contrastive rule).
    notContrastive: true,
    explain: '"{words}": an act of the reader, described (subject "{head}")',
    examples: {
      fires: ['You control access to each vault by attaching key policies.'],
      silent: ['You choose a name for each vault.'],
    },
  },
  // "You have two options for reaching the vault privately:": the items are the reader's
  // choices (the lead-in itself only announces them).
  {
    name: 'choices-follow',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.65,
    on: 'sentence',
    pattern: OFFERS_CHOICES,
    needs: 'security-term',
    check: (facts: SentenceFacts): Verdict | null =>
      facts.leadIn ? { words: OFFERS_CHOICES.exec(facts.text)?.[0] ?? '' } : null,
    describe: 'a lead-in (ending in a colon) that counts the choices offered to the reader',
    explain: '"{words}": choices offered to the reader, listed below',
    examples: {
      fires: ['You have two options for reaching a vault from your private network:'],
      silent: ['There are several ways to name a vault:', 'There are two ways to do this.'],
    },
  },
  {
    name: 'lets-you',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.7,
    on: 'sentence',
    pattern:
      /\b(?:lets|let|allows|allow|enables|enable|permits|permit|gives)\s+(?:you|customers|users|administrators)\b|\byou\s+have\s+the\s+(?:option|ability|choice)\b|\byou\s+(?:have|retain|keep)\s+(?:full\s+|complete\s+|total\s+|fine-grained\s+|granular\s+)?control\s+(?:over|of)\b|\boptionally\b/i,
    unless: /\bnot\s+(?:\w+\s+)?(?:let|allow|enable|permit|give)\b/i,
    needs: 'security-term',
    weak: true,
    explain: '"{words}": a feature offered to the reader',
    examples: {
      fires: [
        'Example Vault lets you restrict access to a vault by network.',
        'You have full control over the keys that protect your vault.',
      ],
      silent: ['Example Vault does not let you read key material.'],
    },
  },
  // "The logging service can monitor data events": what a provider tool can do once the reader
  // turns it on.
  {
    name: 'tool-can',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.6,
    on: 'predicate',
    pattern: /^(?:(?:\w+ly|also)\s+)?can\s+(?!(?:not|no|be|also\s+be)\b)/i,
    parties: PROVIDER_SIDE,
    unlessHead: /^(?:aws|amazon|we|the\s+service|this\s+service|microsoft|azure|google)$/i,
    needs: 'security-term',
    explain: '"{words}": what a provider tool can do once the reader turns it on',
    examples: {
      fires: ['AuditTrail can record every key operation.'],
      silent: ['AuditTrail cannot read secret values.'],
    },
  },
  // "The service provides an SDK that signs requests", "… has its own permissions system":
  // a tool handed to the reader, who decides to use it.
  {
    name: 'provider-offers-tool',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.6,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also)\s+)?(?:provides?|offers?|includes?|(?:has|have)\s+(?:its|their)\s+own)\s+(?:you\s+with\s+)?(?:[\w-]+\s+){0,5}?(?:sdks?|cli|command\s+line\s+tools|tools?|apis?|rules|features?|options?|settings?|mechanisms?|systems?|librar(?:y|ies)|consoles?|controls|capabilit(?:y|ies))\b/i,
    parties: PROVIDER_SIDE,
    needs: 'security-term',
    explain: '"{words}": a tool handed to the reader',
    examples: {
      fires: [
        'Example Vault provides a command line tool that signs requests with your credentials.',
      ],
      silent: ['Example Vault provides encryption for every stored secret.'],
    },
  },
  {
    name: 'provider-supports',
    phase: 'signal',
    kind: 'capability',
    owner: 'customer',
    weight: 0.65,
    on: 'predicate',
    pattern: /^(?:(?:\w+ly|also)\s+)?(?:supports|support|offers|offer|integrates|integrate)\b/i,
    // Supporting logging of events is the service recording them, not a choice.
    unless: /^(?:(?:\w+ly|also)\s+)?\w+\s+(?:logging|recording|auditing)\b/i,
    parties: PROVIDER_SIDE,
    needs: 'security-term',
    weak: true,
    explain: '"{words}": a feature the provider supports, for the reader to use',
    examples: {
      fires: ['Example Vault supports hardware tokens for sign-in.'],
      silent: ['Example Vault supports logging of every request.'],
    },
  },
  // Guarantees: what the provider does or ensures.
  {
    name: 'compliance-claim',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.9,
    on: 'predicate',
    pattern:
      /\b(?:certified|compliant|accredited|attested|authori[sz]ed|audited|assessed|validated|eligible|in\s+scope)\b|\b(?:complies|comply|conforms?|adheres?|aligns?)\s+(?:to|with)\b|\b(?:meets?|satisfies|satisfy|fulfills?)\s+(?:[\w-]+[\s,]+){0,8}?(?:requirements|standards?|criteria|controls)\b|\b(?:has|have)\s+(?:\w+ly\s+)?(?:implemented|achieved|obtained|attained|received|passed|completed)\b/i,
    unless:
      /\bnot\s+(?:[\w-]+\s+){0,4}(?:certified|compliant|accredited|validated|eligible|in\s+scope)\b/i,
    parties: PROVIDER_SIDE,
    explain: '"{words}": the provider claims compliance',
    examples: {
      fires: ['Example Vault is certified under ISO/IEC 27001.'],
      silent: ['Example Vault is not certified under FedRAMP.'],
    },
  },
  {
    name: 'compliance-claim-thing',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:[\w-]+\s+){0,6}?(?:certified|compliant|accredited|attested|authori[sz]ed|audited|assessed|validated|eligible|in\s+scope)\b|(?:complies|comply|conforms?|adheres?)\s+(?:to|with)\b)/i,
    unless:
      /\bnot\s+(?:[\w-]+\s+){0,4}(?:certified|compliant|accredited|validated|eligible|in\s+scope)\b/i,
    parties: NEUTRAL_SIDE,
    explain: '"{words}": a part of the service claims compliance',
    examples: {
      fires: ['The signing module is validated at FIPS 140-3 Level 3.'],
      silent: ['The signing module is not validated under FIPS 140-3.'],
    },
  },
  {
    name: 'never-exposed',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /\b(?:never|cannot|can\s+not|does\s+not|do\s+not|will\s+not|is\s+not|are\s+not)\s+(?:\w+ly\s+)?(?:be\s+)?(?:leave|leaves|left|exported|extracted|accessed|access|read|viewed|seen|shared|retrieved|exposed|transmitted|written|persisted|stored\s+in\s+plaintext|decrypted\s+by)\b|\bnever\s+(?:leaves?|has\s+access|sees?|stores?|shares?|logs?|persists?)\b|\b(?:is|are)\s+not\s+(?:\w+ly\s+)?(?:accessible|reachable|exposed|visible|readable|exportable|extractable|public|routable)\b|\b(?:has|have)\s+no\s+access\b|\b(?:does|do)\s+not\s+have\s+access\b/i,
    explain: '"{words}": the provider guarantees something is never exposed',
    examples: {
      fires: ['Key material never leaves the hardware security module unencrypted.'],
      silent: ['Key material leaves the module in wrapped form.'],
    },
  },
  {
    name: 'provider-does-not-keep',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:does\s+not|do\s+not|will\s+not|never)\s+(?:store|retain|keep|log|share|see|persist|record|use)\s+(?:your|customer|any|the\s+plaintext|plaintext)\b/i,
    parties: PROVIDER_SIDE,
    explain: '"{words}": the provider guarantees what it does not keep',
    examples: {
      fires: ['Example Vault does not store your plaintext secrets.'],
      silent: ['Example Vault stores your secrets in three zones.'],
    },
  },
  // "Every new role starts with no permissions": a state the provider guarantees.
  {
    name: 'starts-without-access',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.7,
    on: 'predicate',
    pattern:
      /^(?:starts?|begins?|is\s+created|are\s+created|comes?)\s+with(?:out|\s+no)\s+(?:any\s+)?(?:permissions?|access|privileges?|rights|credentials)\b/i,
    explain: '"{words}": a secure starting state',
    examples: {
      fires: ['Every new vault role starts with no permissions.'],
      silent: ['Every new vault role starts with read permissions.'],
    },
  },
  // "You don't have to manage backups": the service takes care of it entirely.
  {
    name: 'taken-care-of',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.65,
    on: 'clause',
    pattern:
      /^you\s+(?:do\s+not|never|no\s+longer)\s+(?:have|need)\s+to\s+(?:worry|manage|maintain|patch|provision|schedule|rotate|think|handle|configure)\b|\bthere\s+is\s+no\s+need\s+(?:for\s+you\s+)?to\s+(?:manage|maintain|patch|rotate|configure)\b/i,
    needs: 'security-term',
    explain: '"{words}": the provider takes care of it entirely',
    examples: {
      fires: ['You do not have to manage backups of the vault key.'],
      silent: ['You have to manage backups of the vault key.'],
    },
  },
  // "When you create your account, logging is enabled": on by default.
  {
    name: 'on-by-default',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.65,
    on: 'sentence',
    pattern:
      /^(?:by\s+default|when\s+you\s+(?:create|sign\s+up|open|launch)\b[^,]*),\s+[^,;]*?\b(?:is|are)\s+(?:\w+ly\s+)?(?:enabled|on|turned\s+on|active|activated|applied)\b|\b(?:is|are)\s+(?:\w+ly\s+)?(?:enabled|on|active|applied)\s+by\s+default\b/i,
    unless: /\bnot\s+(?:\w+\s+)?(?:enabled|on|active|applied)\b/i,
    needs: 'security-term',
    explain: '"{words}": on by default',
    examples: {
      fires: ['When you create a vault, audit logging is enabled.'],
      silent: ['When you create a vault, audit logging is not enabled.'],
    },
  },
  // What a weak verb does in the passive ("is redundantly stored", "is recorded in a log") is
  // protective when the clause says what it protects.
  {
    name: 'passive-weak-protective',
    phase: 'signal',
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
    needs: 'security-term-in-core',
    explain: '"{words}": the provider protects something (a security term says what)',
    examples: {
      fires: ['Vault snapshots are redundantly stored in three zones.'],
      silent: ['Vault names are stored in the catalog.'],
    },
  },
  {
    name: 'secure-default',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.65,
    on: 'clause',
    pattern:
      /\b(?:denied|deny|denies|encrypted|blocked|private|disabled|(?:do|does)\s+not\s+have\s+(?:any\s+)?permissions?|no\s+(?:access|permissions?)|not\s+(?:public|accessible|shared)|restricted)\b/i,
    byDefault: true,
    explain: '"{words}": secure by default',
    examples: {
      fires: ['By default, new vaults are private.'],
      silent: ['By default, new vaults are created in your home region.'],
    },
  },
  {
    name: 'passive-protective',
    phase: 'signal',
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
    explain: '"{words}": something is protected, by the provider',
    examples: {
      fires: ['Every secret is encrypted with a key unique to its vault.'],
      silent: ['Every secret is encrypted by you before upload.'],
    },
  },
  {
    name: 'provider-acts',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.85,
    on: 'predicate',
    pattern: new RegExp(
      `^(?:(?:\\w+ly|also|always|automatically|then|further|additionally|will|has|have|can|continuously)\\s+)*(?:${PARTICIPLES})\\b`,
      'i',
    ),
    parties: PROVIDER_SIDE,
    explain: '"{words}": the provider protects (subject "{head}")',
    examples: {
      fires: ['Example Vault encrypts every secret before writing it to disk.'],
      silent: ['Example Vault decrypts a secret when you read it.'],
    },
  },
  {
    name: 'provider-provides-protection',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also|always|automatically)\s+)*(?:provides?|applies|apply|performs?|uses?|offers?)\s+(?:[\w-]+\s+){0,4}?(?:encryption|isolation|protection|authentication|authorization|redundancy|replication|backups?|logging|monitoring|integrity)\b/i,
    parties: PROVIDER_SIDE,
    explain: '"{words}": the provider provides protection',
    examples: {
      fires: ['Example Vault provides encryption for every stored secret.'],
      silent: ['Example Vault provides a dashboard for every vault.'],
    },
  },
  // "Encryption at rest provides an additional layer of protection…", "The endpoint uses
  // keys that…": a protective mechanism of the service, described at work, is its guarantee.
  {
    name: 'mechanism-provides',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.6,
    on: 'predicate',
    pattern:
      /^(?:(?:\w+ly|also|always|automatically)\s+)*(?:provides?|adds?|offers?|uses?|integrates?\s+with|relies\s+on)\b/i,
    // "…provide two ways to control access:": choices for the reader, listed after it.
    unless:
      /\b(?:two|three|several|multiple|many|various)\s+(?:\w+\s+)?(?:ways|options|choices|methods)\b/i,
    parties: NEUTRAL_SIDE,
    needs: 'security-term-in-core',
    check: (facts: SentenceFacts): Verdict | null =>
      MECHANISM_HEAD.test(facts.shape.head) && !CONFIGURATION_HEAD.test(facts.shape.head)
        ? { words: facts.shape.head }
        : null,
    describe:
      'the subject is a protective mechanism (encryption, an endpoint, a firewall…), not something the reader writes (a policy, a role)',
    explain: '"{words}": a protective mechanism of the service at work',
    examples: {
      fires: ['Encryption at rest adds a layer of protection against access to the raw disks.'],
      silent: [
        'Key policies use a JSON format.',
        'This provides a layer of protection.',
        'Vault endpoints provide two ways to control access to your secrets:',
      ],
    },
  },
  {
    // "Temporary credentials expire…", "Sessions are closed…": a protective thing at work.
    name: 'thing-acts',
    phase: 'signal',
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

    explain: '"{words}": a protective mechanism at work',
    examples: {
      fires: ['Session tokens expire after one hour.'],
      silent: ['This policy denies access from outside the network.'],
    },
  },
  {
    name: 'designed-to',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.75,
    on: 'predicate',
    pattern:
      /^(?:is|are)\s+(?:\w+ly\s+)?(?:designed|built|architected|engineered)\s+(?:so\s+that|to|such\s+that)\b/i,
    parties: [...PROVIDER_SIDE, 'neutral'],
    needs: 'security-term',
    explain: '"{words}": the provider built it to protect',
    examples: {
      fires: ['Example Vault is designed so that no single operator can read key material.'],
      silent: ['Example Vault is designed for small teams.'],
    },
  },
  {
    name: 'provider-security',
    phase: 'signal',
    kind: 'guarantee',
    owner: 'provider',
    weight: 0.55,
    on: 'core',
    pattern: /^(?!(?:does|do|is|are|has|have|can|will)\s+not\b|cannot|(?:has|have)\s+no\b)\S/i,
    parties: PROVIDER_SIDE,
    needs: 'security-term-in-core',
    weak: true,
    explain: '"{words}": the provider does something security-relevant (subject "{head}")',
    examples: {
      fires: ['Example Vault keeps an audit record of every key operation.'],
      silent: ['Example Vault does not charge for audit records.'],
    },
  },
] as const satisfies readonly ClassifierRule[]
