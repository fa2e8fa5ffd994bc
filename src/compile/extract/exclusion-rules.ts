/** Why a sentence is not a control even though it may sound like one. */
export interface ExclusionRule {
  reason: 'navigation' | 'meta' | 'example' | 'definition' | 'publication' | 'pricing' | 'overview'
  pattern: RegExp
}

/** Checked on the whole sentence, before anything else. */
export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  // "For more information, see …", "For details about X, refer to …"
  {
    reason: 'navigation',
    pattern:
      /^(?:for (?:more|further|additional|detailed|complete|related|full)\b|for (?:information|details|instructions|guidance|help|an? (?:list|overview|description|example|tutorial|walkthrough|introduction|complete list|full list)|the (?:list|full list|complete list|latest)|a list)\b)/i,
  },
  // "For X, see Y", "To learn how to X, see Y", "See Y", "Refer to Y"
  {
    reason: 'navigation',
    pattern:
      /^(?:for|to (?:learn|find|read|see|view|get|understand|know|review))\b[^.]*?,\s*(?:see|refer to|visit|consult|read|go to|check)\b/i,
  },
  {
    reason: 'navigation',
    pattern: /^(?:see|refer to|visit|consult|go to|check out|learn more)\b/i,
  },
  // "You can review the policies below."
  {
    reason: 'navigation',
    pattern:
      /^you\s+can\s+(?:\w+\s+)?(?:review|see|find|read|view|look\s+up)\b.*\b(?:below|above|in\s+the\s+(?:following|preceding)\s+(?:table|section|list|topic))\.?$/i,
  },
  {
    reason: 'navigation',
    pattern:
      /^(?:you can (?:find|learn|read) (?:more|about)|more (?:information|details) (?:is|are|can be) (?:available|found))\b/i,
  },
  // Sentences about the documentation itself.
  {
    reason: 'meta',
    pattern:
      /^(?:this|the following|these|the preceding|the next|the rest of this) (?:documentation|topics?|sections?|pages?|chapters?|guides?|tutorials?|procedures?|table|list|illustration|figure|diagram|image|(?:\w+\s+)?best practices|recommendations|guidelines)\b/i,
  },
  // "You'll also learn how to…": what the reader learns from the guide.
  { reason: 'meta', pattern: /^you(?:'ll|\s+will)?\s+(?:also\s+)?learn\b/i },
  // "Read the information on this page to…": about the documentation too.
  {
    reason: 'meta',
    pattern:
      /\b(?:the\s+)?(?:information|content|concepts?)\s+(?:on|in)\s+this\s+(?:page|section|topic|guide|chapter|document)\b/i,
  },
  // Audit reports, lists of services in scope, whitepapers: documents to read, not duties.
  {
    reason: 'publication',
    pattern:
      /\b(?:download|read|view|obtain|request|access)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:reports?|whitepapers?|white\s+papers?|documentation|documents|attestations)\b|\b(?:reports?|whitepapers?|documents|documentation)\s+(?:is|are)\s+(?:\w+ly\s+)?available\b|\bprovides?\s+(?:you\s+with\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:list|lists|resources|whitepapers?|guides?|documentation|reports?)\b/i,
  },
  // What something costs is not a protection.
  {
    reason: 'pricing',
    pattern:
      /\b(?:charges?\s+apply|(?:no|an?)\s+additional\s+(?:charge|cost|fee)|at\s+no\s+(?:additional\s+|extra\s+)?(?:charge|cost)|is\s+(?:billed|charged)|pricing)\b/i,
  },
  // Marketing openers: a service offering "several features" or being "more available than
  // traditional data centers" names no duty of its own; the features listed after it do.
  {
    reason: 'overview',
    pattern:
      /\b(?:provides?|offers?|includes?|has)\s+(?:you\s+with\s+)?(?:\w+\s+)?(?:(?:a\s+number\s+of|several|many|various|numerous|a\s+(?:wide\s+)?(?:range|variety|set)\s+of)\s+(?:[\w-]+\s+)?(?:features|capabilities|services|tools)|services\s+that)\b|\bthan\s+(?:traditional|conventional|typical|other|on-premises)\b|\bis\s+(?:the|our)\s+(?:highest|top)\s+priority\b|\bmakes\s+it\s+(?:easier|easy|simpler|simple)\b/i,
  },
  // Example introductions.
  {
    reason: 'example',
    pattern:
      /\b(?:the following (?:is|are) (?:an? |some )?(?:examples?|samples?)|(?:is |are )?(?:as )?shown in the (?:following|preceding) (?:example|sample|policy|code|command|output)|the following (?:example|sample|command|code|policy|snippet|output)s?|in the (?:following|preceding) example|for example, in the|the (?:output|result) (?:is|looks) (?:similar to|like)|(?:similar to|looks like|resembles) the following|would be:)/i,
  },
]

/**
 * "X is a …", "X can be a …", "X refers to …": definitions and descriptions of a thing,
 * checked on the main clause. Statements that are definitions in form but advice or a shared
 * duty in substance are kept by DEFINITION_KEEP.
 */
export const DEFINITION: RegExp =
  /^(?!you\b|we\b|it is\b|it's\b|there\b)[^,;:]{1,90}?\s(?:is|are|can be|may be|was|were|refers to|means|represents|is defined as|stands for|consists of|describes)\s(?:an?|the|one of|one or more|another|any|also an?|not an?|typically an?|usually an?|made up of|known as)\b/i

export const DEFINITION_KEEP: RegExp =
  /\b(?:(?:that|which)\s+(?:\w+\s+){0,3}only|best practice|(?:strongly )?recommended|(?:shared|joint|common|mutual) responsibilit(?:y|ies)|responsibilit(?:y|ies) (?:of|between|that|which)|required|mandatory|must)\b/i

/** Lead-ins that only announce what follows: the items, not the lead-in, are the controls. */
export const ANNOUNCES: RegExp =
  /\b(?:the following|as follows|below|these (?:steps|ways|practices|recommendations|settings|options|items|actions|tasks))\b|\b(?:you|to|by|that|include|includes|including|are|is):\s*$/i
