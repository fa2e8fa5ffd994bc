import type { Link, PhrasingContent } from 'mdast'
import { locateChars } from './locate-chars.ts'
import type { Point } from './locate-chars.ts'

/** Plain text of phrasing content, with where each character and link came from. */
export interface FlatText {
  /** Plain text: Markdown resolved, runs of whitespace collapsed to one space. */
  text: string
  /** Source position of each character of `text`. */
  points: Point[]
  /** Link nodes and the range of `text` their text occupies. */
  links: { node: Link; start: number; end: number }[]
  /** Inline HTML comments and the offset of `text` they sit at. */
  comments: { value: string; offset: number; line: number; column: number }[]
}

export interface FlattenOptions {
  /** Column where continuation lines of the enclosing block start. */
  continuationColumn: number
  /** The page's Markdown, when known, for exact columns. */
  markdown?: string
}

/** Turns phrasing nodes (a paragraph's children) into plain text with a position per character. */
export function flattenPhrasing(
  nodes: readonly PhrasingContent[],
  options: FlattenOptions,
): FlatText {
  const flat: FlatText = { text: '', points: [], links: [], comments: [] }
  let pendingSpace: Point | null = null

  const append = (chars: string, points: Point[]): void => {
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i] as string
      const point = points[i] ?? points.at(-1) ?? { line: 1, column: 1 }
      if (/\s/.test(char)) {
        pendingSpace ??= point
        continue
      }
      if (pendingSpace && flat.text.length > 0) {
        flat.text += ' '
        flat.points.push(pendingSpace)
      }
      pendingSpace = null
      flat.text += char
      flat.points.push(point)
    }
  }

  const walk = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
        append(
          node.value,
          locateChars(node.value, node.position, options.continuationColumn, options.markdown),
        )
        return
      case 'inlineCode': {
        const start = node.position?.start ?? { line: 1, column: 1 }
        const points = [...node.value].map((_, i) => ({
          line: start.line,
          column: start.column + 1 + i,
        }))
        append(node.value, points)
        return
      }
      case 'break': {
        const start = node.position?.start ?? { line: 1, column: 1 }
        append(' ', [{ line: start.line, column: start.column }])
        return
      }
      case 'html': {
        const match = /^<!--([\s\S]*?)-->$/.exec(node.value.trim())
        if (match) {
          const start = node.position?.start ?? { line: 1, column: 1 }
          // The comment belongs to the text that follows it, after any pending space.
          const offset = flat.text.length + (pendingSpace && flat.text.length > 0 ? 1 : 0)
          const { line, column } = start
          flat.comments.push({ value: (match[1] ?? '').trim(), offset, line, column })
        }
        return
      }
      case 'link': {
        const start = flat.text.length + (pendingSpace && flat.text.length > 0 ? 1 : 0)
        for (const child of node.children) walk(child)
        flat.links.push({ node, start, end: flat.text.length })
        return
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        for (const child of node.children) walk(child)
        return
      default:
        // Images, footnote references and the like carry no statement text.
        return
    }
  }

  for (const node of nodes) walk(node)
  return flat
}
