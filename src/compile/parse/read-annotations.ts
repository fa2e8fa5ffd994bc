import type { Html } from 'mdast'
import type { RawAnnotation } from '../parsed-page.ts'

const COMMENT = /<!--([\s\S]*?)-->/g

/**
 * The `secgraph:` annotations of a block-level HTML node, or null when the node is not made of
 * comments only (then it is content, not an annotation carrier).
 */
export function readAnnotations(node: Html): RawAnnotation[] | null {
  const rest = node.value.replace(COMMENT, '').trim()
  if (rest !== '' || !node.value.includes('<!--')) return null
  const start = node.position?.start ?? { line: 1, column: 1 }
  const annotations: RawAnnotation[] = []
  for (const match of node.value.matchAll(COMMENT)) {
    const text = (match[1] ?? '').trim()
    if (!/^secgraph\s*:/.test(text)) continue
    const before = node.value.slice(0, match.index)
    const newlines = before.split('\n')
    const line = start.line + newlines.length - 1
    const column =
      newlines.length === 1 ? start.column + before.length : (newlines.at(-1)?.length ?? 0) + 1
    annotations.push({ text, line, column })
  }
  return annotations
}
