import type { ClassifierRule, SentenceFacts, Verdict } from './types.ts'

// "X is a …", "X can be a …", "X refers to …": definitions and descriptions of a thing.
const DEFINITION =
  /^(?!you\b|we\b|it is\b|there\b)[^,;:]{1,90}?\s(?:is|are|can be|may be|was|were|refers to|means|represents|is defined as|stands for|consists of|describes)\s(?:an?|the|one of|one or more|another|any|also an?|not an?|typically an?|usually an?|made up of|known as)\b/i
// …unless it is advice, a shared duty or a restriction in substance.
const DEFINITION_KEEP =
  /\b(?:(?:that|which)\s+(?:\w+\s+){0,3}only|best practice|(?:strongly )?recommended|(?:shared|joint|common|mutual) responsibilit(?:y|ies)|responsibilit(?:y|ies) (?:of|between|that|which)|required|mandatory|must)\b/i
// An obligation stays one even when it points at an example; it just reads less clearly.
const OBLIGES = /\b(?:must|we\s+(?:\w+ly\s+)?recommend)\b/i
// "For example, …", "Instead, …": restating or illustrating the sentence before.
const ILLUSTRATES = /^(?:for\s+example|for\s+instance|e\.g\.|instead)\s*,/i
const STRONG_SIGNAL =
  /\b(?:must|shall|should|recommends?|recommended|required|mandatory|responsible|best\s+practice)\b/i

const PRICING =
  /\b(?:charges?\s+apply|(?:no|an?)\s+additional\s+(?:charge|cost|fee)|at\s+no\s+(?:additional\s+|extra\s+)?(?:charge|cost)|is\s+(?:billed|charged)|pricing)\b/i

/** Checked on the whole sentence, before anything else: why a sentence is not a control. */
export const EXCLUDE_RULES = [
  {
    name: 'for-more-information',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /^(?:for (?:more|further|additional|detailed|complete|related|full)\b|for (?:information|details|instructions|guidance|help|an? (?:list|overview|description|example|tutorial|walkthrough|introduction|complete list|full list)|the (?:list|full list|complete list|latest)|a list)\b)/i,
    explain: '"{words}" points the reader elsewhere',
    examples: {
      fires: ['For more information about key rotation, see Rotating vault keys.'],
      silent: ['For key rotation, you must hold the vault administrator role.'],
    },
  },
  {
    name: 'see-elsewhere',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /^(?:for|to (?:learn|find|read|see|view|get|understand|know|review))\b[^.]*?,\s*(?:see|refer to|visit|consult|read|go to|check)\b/i,
    explain: '"{words}" points the reader elsewhere',
    examples: {
      fires: ['To learn how to rotate vault keys, see Rotating vault keys.'],
      silent: ['To rotate vault keys, you must hold the vault administrator role.'],
    },
  },
  {
    name: 'see',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern: /^(?:see|refer to|visit|consult|go to|check out|learn more)\b/i,
    explain: '"{words}" points the reader elsewhere',
    examples: {
      fires: ['See Rotating vault keys for the steps.'],
      silent: ['Seeing the key list requires the reader role.'],
    },
  },
  {
    name: 'review-below',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /^you\s+can\s+(?:\w+\s+)?(?:review|see|find|read|view|look\s+up)\b.*\b(?:below|above|in\s+the\s+(?:following|preceding)\s+(?:table|section|list|topic))\.?$/i,
    explain: '"{words}" points at another part of the page',
    examples: {
      fires: ['You can review the permissions each role needs in the following table.'],
      silent: ['You can review access to each vault with the access report.'],
    },
  },
  {
    name: 'find-more',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /^(?:you can (?:find|learn|read) (?:more|about)|more (?:information|details) (?:is|are|can be) (?:available|found))\b/i,
    explain: '"{words}" points the reader elsewhere',
    examples: {
      fires: ['You can find more about vault roles in the administration guide.'],
      silent: ['You can find leaked vault tokens with the token scanner.'],
    },
  },
  {
    name: 'about-the-docs',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /^(?:this|the following|these|the preceding|the next|the rest of this) (?:documentation|topics?|sections?|pages?|chapters?|guides?|tutorials?|procedures?|table|list|illustration|figure|diagram|image|(?:\w+\s+)?best practices|recommendations|guidelines)\b/i,
    explain: '"{words}" is about the documentation itself',
    examples: {
      fires: ['This section describes how Example Vault encrypts secrets.'],
      silent: ['This vault encrypts every secret with its own key.'],
    },
  },
  {
    name: 'you-will-learn',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern: /^you(?:'ll|\s+will)?\s+(?:also\s+)?learn\b/i,
    explain: '"{words}" says what the guide teaches',
    examples: {
      fires: ['You will also learn how to rotate vault keys.'],
      silent: ['You will rotate vault keys every year.'],
    },
  },
  {
    name: 'this-page',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /\b(?:the\s+)?(?:information|content|concepts?)\s+(?:on|in)\s+this\s+(?:page|section|topic|guide|chapter|document)\b/i,
    explain: '"{words}" is about the documentation itself',
    examples: {
      fires: ['Review the information on this page before you turn on replication.'],
      silent: ['Review the permissions of each vault role every quarter.'],
    },
  },
  {
    name: 'publication',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /\b(?:download|read|view|obtain|request|access)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:reports?|whitepapers?|white\s+papers?|documentation|documents|attestations)\b|\b(?:reports?|whitepapers?|documents|documentation)\s+(?:is|are)\s+(?:\w+ly\s+)?available\b|\bprovides?\s+(?:you\s+with\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:list|lists|resources|whitepapers?|guides?|documentation|reports?)\b/i,
    explain: '"{words}" offers a document to read (an audit report, a list), not a protection',
    examples: {
      fires: ['You can download the audit reports for Example Vault from the compliance portal.'],
      silent: ['You can download encrypted backups of a vault.'],
    },
  },
  {
    name: 'pricing',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    // A cost in parentheses ("You control the key (charges apply).") is an aside to a statement.
    check: (facts: SentenceFacts): Verdict | null => {
      const match = PRICING.exec(facts.text.replace(/\([^()]*\)/g, ''))
      return match ? { words: match[0] } : null
    },
    describe: 'the sentence, outside its parentheses, is about what something costs',
    explain: '"{words}" is about what something costs',
    examples: {
      fires: ['Customer managed keys come at an additional charge.'],
      silent: [
        'Customer managed keys are rotated every year.',
        'You have full control over a customer managed key (key charges apply).',
      ],
    },
  },
  // "Understanding how access works can help you ask for the right permissions": reading advice.
  {
    name: 'knowing-helps',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /^(?:understanding|knowing|learning(?:\s+about)?|reading|familiarizing\s+yourself\s+with)\b[^.;]*?\b(?:helps?|can\s+help|will\s+help|makes?\s+it\s+easier\s+for)\s+you\b/i,
    explain: '"{words}": advice to read on, not a control',
    examples: {
      fires: ['Understanding how vault policies are evaluated helps you write narrower policies.'],
      silent: ['Rotating vault keys every year helps you limit the damage of a leaked key.'],
    },
  },
  {
    name: 'overview',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /\b(?:provides?|offers?|includes?|has)\s+(?:you\s+with\s+)?(?:\w+\s+)?(?:(?:a\s+number\s+of|several|many|various|numerous|a\s+(?:wide\s+)?(?:range|variety|set)\s+of)\s+(?:[\w-]+\s+)?(?:features|capabilities|services|tools)|services\s+that)\b|\bthan\s+(?:traditional|conventional|typical|other|on-premises)\b|\bis\s+(?:the|our)\s+(?:highest|top)\s+priority\b|\bmakes\s+it\s+(?:easier|easy|simpler|simple)\b/i,
    softenedBy: /\b(?:must|should|we\s+(?:\w+ly\s+)?recommend)\b/i,
    softenedWeight: 0.7,
    explain: '"{words}" is a marketing opener: the features it announces are the controls',
    examples: {
      fires: ['Example Vault offers several security features to protect your secrets.'],
      silent: ['Example Vault offers several options for encrypting secrets.'],
    },
  },
  {
    name: 'example',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern:
      /\b(?:the following (?:is|are) (?:an? |some )?(?:examples?|samples?)|(?:is |are )?(?:as )?shown in the (?:following|preceding) (?:example|sample|policy|code|command|output)|the following (?:example|sample|command|code|policy|snippet|output)s?|in the (?:following|preceding) example|for example, in the|the (?:output|result) (?:is|looks) (?:similar to|like)|(?:similar to|looks like|resembles) the following|would be:)/i,
    softenedBy: OBLIGES,
    softenedWeight: 0.7,
    explain: '"{words}" introduces an example',
    examples: {
      fires: ['The following example policy denies access from outside the office network.'],
      silent: ['The vault policy denies access from outside the office network.'],
    },
  },
  {
    name: 'illustration',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    on: 'sentence',
    pattern: ILLUSTRATES,
    unless: STRONG_SIGNAL,
    explain: '"{words}" only illustrates or restates the sentence before it',
    examples: {
      fires: ["For example, you can tag a vault with its owner's name."],
      silent: ["For example, you must tag every vault with its owner's name."],
    },
  },
  {
    name: 'definition',
    phase: 'exclude',
    kind: null,
    owner: null,
    weight: 0,
    check: (facts: SentenceFacts): Verdict | null => {
      const match = DEFINITION.exec(facts.shape.text)
      return match && !DEFINITION_KEEP.test(facts.shape.text) ? { words: match[0] } : null
    },
    describe:
      'the main clause defines or describes a thing ("X is a …", "X refers to …") and is no advice, shared duty or restriction',
    explain: '"{words}" defines or describes a thing',
    examples: {
      fires: ['A vault is a container for secrets and the keys that protect them.'],
      silent: ['A vault is a container that only its owner can open.'],
    },
  },
] as const satisfies readonly ClassifierRule[]
