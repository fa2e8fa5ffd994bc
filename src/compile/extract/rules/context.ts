import type { ClassifierRule, SentenceFacts, Verdict } from './types.ts'

const PRONOUN_HEAD = /^(?:this|these|they|it|those)$/i
const excerpt = (text: string): string => text.split(/\s+/).slice(0, 8).join(' ')

/**
 * What a statement takes from its context when its own words decide nothing: the lead-in of its
 * list, the sentence before it, the other side of a two-party sentence. The last rule is the
 * fallback. A `label` is the bold lead of a list item ("**Enable MFA** – …") deciding for the
 * item when the text after it does not.
 */
export const CONTEXT_RULES = [
  {
    name: 'imperative+lead-in',
    phase: 'context',
    kind: null,
    owner: 'inherit',
    weight: 0.95,
    check: (facts: SentenceFacts): Verdict | null => {
      const lead = facts.inherited
      if (!facts.shape.imperative || !lead?.kind || !lead.owner) return null
      return {
        words: excerpt(lead.trace.at(-1)?.words ?? ''),
        kind: lead.kind,
        owner: 'customer',
        from: lead.confidence,
      }
    },
    describe: 'an instruction in a list whose lead-in obliges, advises or announces it',
    explain: 'an instruction under a lead-in ("{words}…") that makes it a {kind}',
    examples: {
      fires: [
        'We recommend that you protect vault tokens in these ways:\n\n- Rotate the tokens every 90 days.\n',
      ],
      silent: ['Set up the vault in a few steps:\n\n- Rotate the tokens every 90 days.\n'],
    },
  },
  {
    name: 'imperative+previous',
    phase: 'context',
    kind: 'recommendation',
    owner: 'customer',
    weight: 0.7,
    check: (facts: SentenceFacts): Verdict | null => {
      const previous = facts.previous
      if (!facts.shape.imperative || !previous?.control) return null
      if (previous.owner !== 'customer' || previous.kind !== 'recommendation') return null
      return { words: excerpt(facts.shape.text) }
    },
    describe: 'an instruction right after a sentence that advised the reader',
    explain: '"{words}…" carries on the advice before it',
    examples: {
      fires: ['We recommend short-lived vault tokens. Rotate them every day.\n'],
      silent: ['Vault tokens expire after a day. Rotate them every day.\n'],
    },
  },
  {
    name: 'lead-in',
    phase: 'context',
    kind: null,
    owner: 'inherit',
    weight: 0.9,
    check: (facts: SentenceFacts): Verdict | null => {
      const { shape, lead, party } = facts
      // A fragment with no verb of its own ("with a key unique to each backup.") finishes its
      // lead-in's sentence, whatever that lead-in was.
      const fragment = !shape.verb && !shape.imperative && lead?.control ? lead : null
      // "Name – allows read-only use": an item that describes its label keeps to itself.
      const describes = shape.subject === '' && !shape.imperative && /s$/.test(shape.verb ?? '')
      const from = describes && lead?.party !== 'provider' ? null : (facts.inherited ?? fragment)
      if (!from?.kind || !from.owner) return null
      // An item naming a party of its own keeps it; a fragment names no subject at all.
      const ownParty = shape.verb && party !== null && party !== 'neutral' && party !== 'program'
      if (ownParty && party !== from.party) return null
      return {
        words: excerpt(from.trace.at(-1)?.words ?? ''),
        kind: from.kind,
        owner: from.owner,
        from: from.confidence,
      }
    },
    describe:
      'a list item that finishes its lead-in, or whose lead-in obliges, advises or announces it, and names no other party',
    explain: 'takes {kind} for {owner} from its lead-in ("{words}…")',
    examples: {
      fires: [
        'Example Vault protects each backup as follows:\n\n- with a key unique to that backup.\n',
      ],
      silent: ['The console shows these tabs:\n\n- Keys and secrets\n'],
    },
  },
  {
    name: 'contrastive',
    phase: 'context',
    kind: null,
    owner: 'inherit',
    weight: 0.6,
    check: (facts: SentenceFacts): Verdict | null => {
      if (!facts.contrastive || !facts.shape.verb || facts.negated) return null
      const words = facts.shape.head
      if (facts.party === 'customer') return { words, kind: 'requirement', owner: 'customer' }
      if (facts.party === 'provider') return { words, kind: 'guarantee', owner: 'provider' }
      return null
    },
    describe: 'one side of a sentence that gives duties to two parties, stated plainly',
    explain: 'one side of a two-party sentence: "{words}" does its part ({kind})',
    examples: {
      fires: ['Example Vault patches the host, and you patch the guest operating system.\n'],
      silent: ['Example Vault patches the host, and you can read the patch notes.\n'],
    },
  },
  {
    name: 'anaphora',
    phase: 'context',
    kind: null,
    owner: 'inherit',
    weight: 0.8,
    check: (facts: SentenceFacts): Verdict | null => {
      const previous = facts.previous
      if (!previous?.control || !previous.kind || !previous.owner) return null
      if (!PRONOUN_HEAD.test(facts.shape.head) || facts.programs.length === 0) return null
      return {
        words: facts.programs.join(', '),
        kind: previous.kind,
        owner: previous.owner,
        from: previous.confidence,
      }
    },
    describe: 'a pronoun subject carrying on the previous control while naming its programs',
    explain: 'names the programs ({words}) of the control before it',
    examples: {
      fires: [
        'Outside auditors assess Example Vault under several programs. These include SOC 2 and ISO/IEC 27001.\n',
      ],
      silent: [
        'Outside auditors assess Example Vault under several programs. These audits happen every year.\n',
      ],
    },
  },
  {
    name: 'label',
    phase: 'context',
    kind: null,
    owner: 'inherit',
    weight: 0.9,
    describe:
      'the bold label of a list item decides when it is an instruction, or when the text after it is no control',
    explain: 'the label "{words}" decides for its item',
    examples: {
      fires: ['- **Turn on MFA** – A second factor stops most account takeovers.\n'],
      silent: ['- **Audit logging** – Example Vault records every key operation.\n'],
    },
  },
  {
    name: 'no-signal',
    phase: 'context',
    kind: null,
    owner: null,
    weight: 0,
    check: (): Verdict => ({ words: '' }),
    describe: 'no other rule decided',
    explain: 'no rule found a control in it',
    examples: {
      fires: ['The vault list is sorted by name.'],
      silent: ['Vault tokens must be rotated every 90 days.'],
    },
  },
] as const satisfies readonly ClassifierRule[]
