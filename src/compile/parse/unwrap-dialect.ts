import type { Nodes, Paragraph, Root, RootContent } from 'mdast'
// Declares the directive node types remark-directive adds to mdast.
import type {} from 'mdast-util-directive'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { createDiagnostic } from '../diagnostics.ts'
import { ALERT_MARKER, INCLUDE } from './dialect-terms.ts'
import { sliceText } from './slice-text.ts'
import { splitLabel } from './split-label.ts'

/** A `**Label**: value` metadata line, taken out of the content. */
export interface MetadataField {
  label: string
  value: string
  /** The paragraph it was, for its links. */
  node: Paragraph
  line: number
  column: number
}

interface Context {
  markdown: string
  file: string
  fields: MetadataField[]
  diagnostics: Diagnostic[]
}

const at = (node: Nodes): { line: number; column: number } => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
})

const sourceOf = (node: Nodes, markdown: string): string => {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : markdown.slice(start, end)
}

/** Drops a GitHub/DocFX alert marker (`[!NOTE]`, `[!div …]`) from the head of a quote. */
function stripAlertMarker(paragraph: Paragraph, markdown: string): boolean {
  const [first] = paragraph.children
  if (first?.type !== 'text') return false
  const marker = ALERT_MARKER.exec(first.value)
  if (!marker) return false
  const head = sliceText(first, marker[0].length, markdown)
  paragraph.children = head.value
    ? [head, ...paragraph.children.slice(1)]
    : paragraph.children.slice(1)
  while (paragraph.children[0]?.type === 'break') paragraph.children.shift()
  const start = paragraph.children[0]?.position?.start
  if (start && paragraph.position) paragraph.position.start = { ...start }
  return true
}

/** The nodes one content node stands for once the dialect's markup is taken out. */
function clean(node: RootContent, context: Context): RootContent[] {
  switch (node.type) {
    case 'containerDirective':
      // `:::note[Title]` … `:::`: the box is markup and its label a title; the body is content.
      return cleanAll(
        node.children.filter(
          (child) => !(child.type === 'paragraph' && child.data?.directiveLabel),
        ) as RootContent[],
        context,
      )
    case 'leafDirective':
      return []
    case 'paragraph': {
      const include = INCLUDE.exec(sourceOf(node, context.markdown))
      if (include) {
        context.diagnostics.push(
          createDiagnostic(
            'include-not-followed',
            { file: context.file, ...at(node) },
            { path: (include[1] ?? '').trim() },
          ),
        )
        return []
      }
      const label = splitLabel(node, context.markdown)
      if (label?.type === 'metadata') {
        context.fields.push({ label: label.label, value: label.value, node, ...at(node) })
        return []
      }
      return [label?.type === 'statement' ? label.rest : node]
    }
    case 'blockquote': {
      const [first] = node.children
      if (first?.type === 'paragraph' && stripAlertMarker(first, context.markdown)) {
        if (first.children.length === 0) node.children.shift()
      }
      node.children = cleanAll(node.children, context) as typeof node.children
      return node.children.length > 0 ? [node] : []
    }
    case 'list':
      // An item that held only a metadata line (`- **Encryption**: Supported`) goes with it.
      node.children = node.children.filter((item) => {
        const before = item.children.length
        item.children = cleanAll(item.children, context) as typeof item.children
        return before === 0 || item.children.length > 0
      })
      return node.children.length > 0 ? [node] : []
    default:
      return [node]
  }
}

function cleanAll(nodes: RootContent[], context: Context): RootContent[] {
  return nodes.flatMap((node) => clean(node, context))
}

/**
 * Takes the markup of other documentation dialects out of a parsed page, in place: `:::note`
 * containers are unwrapped (their body kept), leaf directives dropped, `> [!NOTE]` alert
 * markers removed, DocFX `[!INCLUDE …]` lines dropped (reported: the include is not followed),
 * and `**Label**: value` paragraphs either lose their label (a statement follows it) or are
 * taken out as metadata fields (`**Responsibility**: Customer`), returned in document order.
 */
export function unwrapDialect(
  tree: Root,
  markdown: string,
  file: string,
): { fields: MetadataField[]; diagnostics: Diagnostic[] } {
  const context: Context = { markdown, file, fields: [], diagnostics: [] }
  tree.children = cleanAll(tree.children, context)
  context.fields.sort((a, b) => a.line - b.line || a.column - b.column)
  return { fields: context.fields, diagnostics: context.diagnostics }
}
