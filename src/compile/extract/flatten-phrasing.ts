import type { Link, PhrasingContent } from 'mdast'
import { isSpaceCode, locateChars } from './locate-chars.ts'
import type { CharPoints } from './locate-chars.ts'

/** Plain text of phrasing content, with where each character and link came from. */
export interface FlatText {
  /** Plain text: Markdown resolved, runs of whitespace collapsed to one space. */
  text: string
  /** Source position of each character of `text`. */
  points: CharPoints
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
  const points: CharPoints = { lines: [], columns: [] }
  const links: FlatText['links'] = []
  const comments: FlatText['comments'] = []
  const parts: string[] = []
  let length = 0
  // Where the whitespace waiting to become one space started (line -1: none waiting).
  let spaceLine = -1
  let spaceColumn = -1

  const append = (chars: string, at: CharPoints): void => {
    const last = at.lines.length - 1
    let run = -1 // start in `chars` of the kept characters not yet in `parts`
    for (let i = 0; i < chars.length; i++) {
      const k = i <= last ? i : last
      const line = k < 0 ? 1 : (at.lines[k] as number)
      const column = k < 0 ? 1 : (at.columns[k] as number)
      if (isSpaceCode(chars.charCodeAt(i))) {
        if (run >= 0) parts.push(chars.slice(run, i))
        run = -1
        if (spaceLine < 0) {
          spaceLine = line
          spaceColumn = column
        }
        continue
      }
      if (spaceLine >= 0 && length > 0) {
        parts.push(' ')
        points.lines.push(spaceLine)
        points.columns.push(spaceColumn)
        length++
      }
      spaceLine = -1
      if (run < 0) run = i
      points.lines.push(line)
      points.columns.push(column)
      length++
    }
    if (run >= 0) parts.push(chars.slice(run))
  }

  /** Offset in the text of what comes next: after the pending space, if one will be written. */
  const next = (): number => length + (spaceLine >= 0 && length > 0 ? 1 : 0)

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
        const at: CharPoints = { lines: [], columns: [] }
        // One position per code point, as `locateChars` gives them.
        const count = [...node.value].length
        for (let i = 0; i < count; i++) {
          at.lines.push(start.line)
          at.columns.push(start.column + 1 + i)
        }
        append(node.value, at)
        return
      }
      case 'break': {
        const start = node.position?.start ?? { line: 1, column: 1 }
        append(' ', { lines: [start.line], columns: [start.column] })
        return
      }
      case 'html': {
        const match = /^<!--([\s\S]*?)-->$/.exec(node.value.trim())
        if (match) {
          const start = node.position?.start ?? { line: 1, column: 1 }
          // The comment belongs to the text that follows it, after any pending space.
          const { line, column } = start
          comments.push({ value: (match[1] ?? '').trim(), offset: next(), line, column })
        }
        return
      }
      case 'link': {
        const start = next()
        for (const child of node.children) walk(child)
        links.push({ node, start, end: length })
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
  return { text: parts.join(''), points, links, comments }
}
