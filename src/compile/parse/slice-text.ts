import type { Text } from 'mdast'
import { locateChars, pointAt } from '../extract/locate-chars.ts'

/**
 * A copy of `node` without its first `from` characters, its start moved to the source position
 * of the first character kept (escapes in `markdown` accounted for), so sources still point at
 * the text that remains.
 */
export function sliceText(node: Text, from: number, markdown: string): Text {
  const value = node.value.slice(from)
  if (!node.position || from === 0) return { ...node, value }
  const points = locateChars(node.value, node.position, node.position.start.column, markdown)
  const point = pointAt(points, from)
  if (!point) return { type: 'text', value }
  let offset = 0
  for (let line = 1; line < point.line; line++) offset = markdown.indexOf('\n', offset) + 1
  return {
    type: 'text',
    value,
    position: {
      start: { line: point.line, column: point.column, offset: offset + point.column - 1 },
      end: { ...node.position.end },
    },
  }
}
