import type { Paragraph, PhrasingContent, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { analyzeClause } from '../extract/analyze-clause.ts'
import { sliceText } from './slice-text.ts'

/** A `**Label**: value` paragraph, read. */
export type LabelSplit =
  /** `**Responsibility**: Customer`: a field of the section, never a statement. */
  | { type: 'metadata'; label: string; value: string }
  /** `**Guidance**: Enable …`: the paragraph with the label cut off, positions kept. */
  | { type: 'statement'; label: string; rest: Paragraph }

const SENTENCE_END = /[.!?:;)]$/
const MAX_METADATA_WORDS = 6

/**
 * Whether a label's value is metadata (a word or a short list of words: `Yes`, `Customer`,
 * `Not applicable`, `High, Medium`) rather than a statement. A sentence ends with a stop or
 * opens with an imperative ("Enable logging").
 */
function isMetadata(value: string): boolean {
  const words = value.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > MAX_METADATA_WORDS) return false
  if (SENTENCE_END.test(value)) return false
  return !analyzeClause(value).imperative
}

/**
 * `**Label**: value` or `**Label:** value` (a bold label closed by a colon, then text on the same
 * line), the way Microsoft-style baselines and many wikis write fields. Null for any other
 * paragraph, including a bold pseudo-heading.
 */
export function splitLabel(paragraph: Paragraph, markdown: string): LabelSplit | null {
  const [first, second, ...others] = paragraph.children
  if (first?.type !== 'strong' || second?.type !== 'text') return null
  const strongText = toString(first).trim()
  const colonInside = strongText.endsWith(':')
  if (!colonInside && !/^[ \t]*:/.test(second.value)) return null
  const label = strongText.replace(/:$/, '').trim()
  if (!label || label.split(/\s+/).length > MAX_METADATA_WORDS) return null
  // "**Enable MFA**: it adds a factor." is an instruction with its reason, not a field.
  if (analyzeClause(label).imperative) return null
  const skip = /^[ \t]*:?[ \t]*/.exec(second.value)?.[0].length ?? 0
  if (/^\s*$/.test(second.value.slice(skip)) && others[0]?.type === 'break') return null
  const value = toString({ type: 'paragraph', children: [second, ...others] })
    .slice(skip)
    .replace(/\s+/g, ' ')
    .trim()
  if (!value) return null
  if (isMetadata(value)) return { type: 'metadata', label, value }
  const head: Text = sliceText(second, skip, markdown)
  const children: PhrasingContent[] = head.value ? [head, ...others] : others
  const rest: Paragraph = { type: 'paragraph', children }
  const start = children[0]?.position?.start
  if (start && paragraph.position) {
    rest.position = { start: { ...start }, end: { ...paragraph.position.end } }
  }
  return { type: 'statement', label, rest }
}
