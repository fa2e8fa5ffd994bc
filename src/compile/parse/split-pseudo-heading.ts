import type { Paragraph, PhrasingContent, Strong } from 'mdast'

/** A bold pseudo-heading found at the start of a paragraph, and what follows it. */
export interface PseudoHeadingSplit {
  strong: Strong
  /** The text after the hard break as a paragraph of its own (positions kept), or null. */
  rest: Paragraph | null
}

function isBlank(node: PhrasingContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break'
}

/**
 * `**Title**` alone in a paragraph, or `**Title**` + hard break + text, acts as a heading in the
 * upstream docs. Bold words followed by ordinary text on the same line are emphasis, not headings.
 */
export function splitPseudoHeading(paragraph: Paragraph): PseudoHeadingSplit | null {
  const [first, ...others] = paragraph.children
  if (first?.type !== 'strong') return null
  if (others.every(isBlank)) return { strong: first, rest: null }
  const breakIndex = others.findIndex((node) => node.type === 'break')
  if (breakIndex < 0 || !others.slice(0, breakIndex).every(isBlank)) return null
  const restChildren = others.slice(breakIndex + 1)
  while (restChildren[0] && isBlank(restChildren[0])) restChildren.shift()
  const head = restChildren[0]
  if (!head) return { strong: first, rest: null }
  const rest: Paragraph = { type: 'paragraph', children: restChildren }
  if (head.position && paragraph.position) {
    rest.position = { start: { ...head.position.start }, end: { ...paragraph.position.end } }
  }
  return { strong: first, rest }
}
