import type { PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

const ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i

/** Title text and explicit anchor of a heading: inline HTML (`<a name="x"></a>`) gives the anchor only. */
export function headingInfo(children: PhrasingContent[]): { text: string; anchor: string | null } {
  let anchor: string | null = null
  const textParts: string[] = []
  for (const child of children) {
    if (child.type === 'html') {
      const match = ANCHOR.exec(child.value)
      const value = match?.[1] ?? match?.[2] ?? match?.[3]
      if (anchor === null && value) anchor = value.trim() || null
    } else {
      textParts.push(toString(child))
    }
  }
  return { text: textParts.join('').replace(/\s+/g, ' ').trim(), anchor }
}
