import type { PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

import { htmlAnchors } from './html-anchors.ts'

/**
 * Title text and explicit anchors of a heading: inline HTML (`<a name="x"></a>`) gives anchors
 * only. The first anchor is the heading's own; upstream headings sometimes carry a second one.
 */
export function headingInfo(children: PhrasingContent[]): {
  text: string
  anchor: string | null
  extraAnchors: string[]
} {
  const anchors: string[] = []
  const textParts: string[] = []
  for (const child of children) {
    if (child.type === 'html') {
      anchors.push(...htmlAnchors(child.value))
    } else {
      textParts.push(toString(child))
    }
  }
  const text = textParts.join('').replace(/\s+/g, ' ').trim()
  // Upstream tab labels are written `#### [ Linux ]`: the brackets are markup, not title.
  return {
    text: text.replace(/^\[\s*(.+?)\s*\]$/, '$1'),
    anchor: anchors[0] ?? null,
    extraAnchors: anchors.slice(1),
  }
}
