import type { Classification } from '../classification.ts'
import { COMPLETE_LEAD_IN } from '../terms/lead-in-terms.ts'
import type { ClassifierRule } from './types.ts'

/**
 * The page rule that applies to a statement ending in a colon, given the block after it: the
 * conditions of `announcing-lead-in` and `code-lead-in`.
 */
export function pageRuleFor(
  c: Classification,
  statement: string,
  next: string,
): 'announcing-lead-in' | 'code-lead-in' | null {
  // A lead-in with only a weak signal of its own ("X uses a model that requires three kinds of
  // access:") is carried by its items too; one complete without its list is not.
  if (
    next === 'list' &&
    ((c.announces && !COMPLETE_LEAD_IN.test(statement)) || (c.weak && c.rule !== 'you-can'))
  )
    return 'announcing-lead-in'
  if (next === 'code' && (c.weak || c.imperative || !c.control)) return 'code-lead-in'
  return null
}

/**
 * Decisions about a statement's place on the page, taken after classification by the extractor
 * (`extract-controls.ts`): a lead-in that only announces its list or code is not a control itself.
 */
export const PAGE_RULES = [
  {
    name: 'announcing-lead-in',
    phase: 'page',
    kind: null,
    owner: null,
    weight: 0,
    describe:
      'a sentence ending in a colon before a list that only announces the list (and is not complete without it), or whose own signal is weak',
    explain: 'a lead-in: the items of its list are the controls',
    examples: {
      fires: [
        'We recommend that you protect vault tokens in the following ways:\n\n- Rotate the tokens every 90 days.\n',
      ],
      silent: [
        'Outside auditors assess Example Vault under several programs, including the following:\n\n- ISO/IEC 27001\n',
      ],
    },
  },
  {
    name: 'code-lead-in',
    phase: 'page',
    kind: null,
    owner: null,
    weight: 0,
    describe:
      'a sentence ending in a colon before a code block, with a weak signal or an instruction',
    explain: 'introduces a code sample, which is no control',
    examples: {
      fires: ['Rotate the vault key with this command:\n\n```\nvault rotate\n```\n'],
      silent: ['Vault tokens must be rotated with this command:\n\n```\nvault rotate\n```\n'],
    },
  },
] as const satisfies readonly ClassifierRule[]
