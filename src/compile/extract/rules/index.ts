import { CONTEXT_RULES } from './context.ts'
import { EXCLUDE_RULES } from './exclude.ts'
import { PAGE_RULES } from './page.ts'
import { SIGNAL_RULES } from './signal.ts'
import type { ClassifierRule } from './types.ts'

/**
 * Every rule of the classifier, in the one order they are tried: exclusions, then the sentence's
 * own signals, then its context, then page-level decisions. Within a phase the first rule that
 * holds decides.
 */
export const RULES = [
  ...EXCLUDE_RULES,
  ...SIGNAL_RULES,
  ...CONTEXT_RULES,
  ...PAGE_RULES,
] as const satisfies readonly ClassifierRule[]

/** The name of a rule: what `Classification.rule` reports. */
export type RuleName = (typeof RULES)[number]['name']

export type { ClassifierRule, Phase, SentenceFacts, Verdict } from './types.ts'
