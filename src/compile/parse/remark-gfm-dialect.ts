import type { Nodes, Parent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import type { Processor } from 'unified'
import { locateChars } from '../extract/locate-chars.ts'

// micromark's literal-autolink constructs read raw source, so in a dialect that escapes every
// dot (`https://www\.example\.com/`) they keep the backslashes in the URL and can swallow a
// closing `**`. Without them remark-gfm's own tree transform still links bare URLs, on text
// whose escapes are already resolved, the way GitHub does.
const LITERAL_AUTOLINKS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink'])

/**
 * remark-gfm (tables, strikethrough, task lists, footnotes, bare-URL links) adapted to escaped
 * Markdown, with source positions on the nodes the bare-URL transform creates.
 */
export function remarkGfmDialect(this: Processor, options: { markdown: string }): void {
  const data = this.data()
  const fromMarkdown = (data.fromMarkdownExtensions ??= [])
  const originals = new Map<Parent, RootContent[]>()
  fromMarkdown.push({
    transforms: [
      (tree: Root) => {
        originals.clear()
        forEachParent(tree, (parent) => originals.set(parent, [...parent.children]))
      },
    ],
  })
  remarkGfm.call(this)
  for (const extension of data.micromarkExtensions ?? []) {
    const text = extension.text ?? {}
    for (const code of Object.keys(text)) {
      const key = Number(code)
      const constructs = [text[key] ?? []].flat()
      const kept = constructs.filter((c) => !LITERAL_AUTOLINKS.has(c.name ?? ''))
      if (kept.length < constructs.length) text[key] = kept
    }
  }
  fromMarkdown.push({
    transforms: [
      (tree: Root) => {
        placeNewNodes(originals, options.markdown)
        originals.clear()
        return tree
      },
    ],
  })
}

function forEachParent(tree: Root, visit: (parent: Parent) => void): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (!('children' in node)) continue
    visit(node)
    for (const child of node.children) stack.push(child)
  }
}

/** Gives every node made from a split text node the source span of its part of that text. */
function placeNewNodes(originals: Map<Parent, RootContent[]>, markdown: string): void {
  const lineStarts = [0]
  for (let i = 0; i < markdown.length; i++) if (markdown[i] === '\n') lineStarts.push(i + 1)
  const offsetOf = (line: number, column: number): number =>
    (lineStarts[line - 1] ?? 0) + column - 1
  for (const [parent, before] of originals) {
    if (parent.children.every((child) => child.position)) continue
    const kept = new Set<RootContent>(parent.children)
    let index = 0
    for (const original of before) {
      if (kept.has(original)) {
        index = parent.children.indexOf(original) + 1
        continue
      }
      if (original.type !== 'text') continue
      const base = original.position?.start.column ?? 1
      const points = locateChars(original.value, original.position, base, markdown)
      let char = 0
      while (index < parent.children.length && !parent.children[index]?.position) {
        const node = parent.children[index] as RootContent
        const length = textLength(node)
        const first = points[char]
        const last = points[char + length - 1]
        if (first && last) {
          const start = { ...first, offset: offsetOf(first.line, first.column) }
          const end = { line: last.line, column: last.column + 1 }
          const span = { start, end: { ...end, offset: offsetOf(end.line, end.column) } }
          node.position = span
          if ('children' in node) for (const child of node.children) child.position ??= span
        }
        char += length
        index++
      }
    }
  }
}

function textLength(node: RootContent): number {
  if (node.type === 'text') return node.value.length
  if ('children' in node) return node.children.reduce((sum, child) => sum + textLength(child), 0)
  return 0
}
