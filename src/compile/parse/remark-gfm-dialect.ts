import type { Nodes, Parent, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import type { Processor } from 'unified'
import { locateChars, pointAt } from '../extract/locate-chars.ts'

// micromark's literal-autolink constructs read raw source, so in a dialect that escapes every
// dot (`https://www\.example\.com/`) they keep the backslashes in the URL and can swallow a
// closing `**`. Without them remark-gfm's own tree transform still links bare URLs, on text
// whose escapes are already resolved, the way GitHub does.
const LITERAL_AUTOLINKS = ['wwwAutolink', 'protocolAutolink', 'emailAutolink']
const TABLE = ['table']
const FOOTNOTE = ['gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall']

// What every bare URL or e-mail address the transform links contains (`http://`, `https://`,
// `www.`, `@`, in any case): a text without it is left alone, so the transform is skipped.
const BARE_LINK_HINT = /https?:\/\/|www\.|@/i
// What the page's source must then hold: the same words, or a character reference that could
// spell an `@` (escapes such as `www\.` keep the letters).
const SOURCE_HINT = /https?|www|@|&/i

export interface GfmDialectOptions {
  /** The text being parsed, set before each parse: the processor is built once, used often. */
  source: { markdown: string }
  /** Whether to read tables and footnotes (see `OPTIONAL_SYNTAX`). */
  table: boolean
  footnote: boolean
}

/**
 * remark-gfm (tables, strikethrough, task lists, footnotes, bare-URL links) adapted to escaped
 * Markdown, with source positions on the nodes the bare-URL transform creates.
 */
export function remarkGfmDialect(this: Processor, options: GfmDialectOptions): void {
  const data = this.data()
  const fromMarkdown = (data.fromMarkdownExtensions ??= [])
  const originals = new Map<Parent, RootContent[]>()
  // The outermost hinted parents outside links: the transform runs on these subtrees only.
  const roots: Parent[] = []
  fromMarkdown.push({
    transforms: [
      (tree: Root) => {
        originals.clear()
        roots.length = 0
        if (!SOURCE_HINT.test(options.source.markdown)) return
        forEachParent(tree, (parent, under) => {
          const hinted = parent.children.some(
            (child) => child.type === 'text' && BARE_LINK_HINT.test(child.value),
          )
          if (!hinted) return under
          originals.set(parent, [...parent.children])
          // Text in a link is never linked again (remark-gfm ignores it too).
          if (under === 'free' && parent.type !== 'link' && parent.type !== 'linkReference')
            roots.push(parent)
          return 'covered'
        })
      },
    ],
  })
  const extensionsBefore = fromMarkdown.length
  const constructsBefore = data.micromarkExtensions?.length ?? 0
  remarkGfm.call(this)
  // Only the bare-URL transform has work to do, and only where some text holds a hint of a bare
  // link: it runs on those subtrees, not on the whole page.
  for (const extension of fromMarkdown.slice(extensionsBefore).flat()) {
    if (!extension.transforms) continue
    extension.transforms = extension.transforms.map((transform) => () => {
      for (const root of roots) transform(root as Root)
    })
  }
  const dropped = new Set([
    ...LITERAL_AUTOLINKS,
    ...(options.table ? [] : TABLE),
    ...(options.footnote ? [] : FOOTNOTE),
  ])
  for (const extension of (data.micromarkExtensions ?? []).slice(constructsBefore)) {
    for (const record of [extension.document, extension.flow, extension.text]) {
      for (const code of Object.keys(record ?? {})) {
        const constructs = [record?.[code] ?? []].flat()
        const kept = constructs.filter((c) => !dropped.has(c.name ?? ''))
        if (record && kept.length < constructs.length) record[code] = kept
      }
    }
  }
  fromMarkdown.push({
    transforms: [
      (tree: Root) => {
        placeNewNodes(originals, options.source.markdown)
        originals.clear()
        return tree
      },
    ],
  })
}

/** Where a parent sits: free, inside a link, or inside a hinted parent (`covered`). */
type Under = 'free' | 'link' | 'covered'

/** Visits every parent, passing down what `visit` says of it (a link is always `link`). */
function forEachParent(tree: Root, visit: (parent: Parent, under: Under) => Under): void {
  const stack: [Nodes, Under][] = [[tree, 'free']]
  while (stack.length > 0) {
    const [node, under] = stack.pop() as [Nodes, Under]
    if (!('children' in node)) continue
    const inner = visit(node, under)
    const next = node.type === 'link' || node.type === 'linkReference' ? 'link' : inner
    for (const child of node.children) stack.push([child, next])
  }
}

/** Gives every node made from a split text node the source span of its part of that text. */
function placeNewNodes(originals: Map<Parent, RootContent[]>, markdown: string): void {
  let lineStarts: number[] | null = null
  const offsetOf = (line: number, column: number): number => {
    if (lineStarts === null) {
      lineStarts = [0]
      for (let i = 0; i < markdown.length; i++) if (markdown[i] === '\n') lineStarts.push(i + 1)
    }
    return (lineStarts[line - 1] ?? 0) + column - 1
  }
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
        const first = pointAt(points, char)
        const last = pointAt(points, char + length - 1)
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
