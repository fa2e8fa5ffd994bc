import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { remark } from 'remark'
import remarkGfm from 'remark-gfm'

/** A task item read back from a rendered checklist. */
export interface ParsedTask {
  /** `##` section: `inherited` or `actions`. */
  section: 'inherited' | 'actions'
  /** Text of the `###` heading above the item, or null. */
  topic: string | null
  checked: boolean
  /** Each hard-break-separated line of the item's paragraph, as plain text. */
  lines: string[]
}

/** Parses a Markdown checklist with remark + GFM and lists its task items with their lines. */
export function parseMarkdownChecklist(markdown: string): { tree: Root; tasks: ParsedTask[] } {
  const tree = remark().use(remarkGfm).parse(markdown)
  const tasks: ParsedTask[] = []
  let section: ParsedTask['section'] = 'inherited'
  let topic: string | null = null
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading: Heading = node
      if (heading.depth === 2) {
        section = toString(heading).startsWith('Inherited') ? 'inherited' : 'actions'
        topic = null
      } else if (heading.depth === 3) topic = toString(heading)
      continue
    }
    if (node.type !== 'list') continue
    const list: List = node
    for (const item of list.children as ListItem[]) {
      if (item.checked === null || item.checked === undefined) continue
      const paragraph = item.children[0] as Paragraph
      tasks.push({
        section,
        topic,
        checked: item.checked,
        lines: splitOnBreaks(paragraph.children),
      })
    }
  }
  return { tree, tasks }
}

function splitOnBreaks(children: PhrasingContent[]): string[] {
  const lines: string[] = ['']
  for (const child of children) {
    if (child.type === 'break') lines.push('')
    else lines[lines.length - 1] += toString(child)
  }
  return lines.map((l) => l.trim())
}
