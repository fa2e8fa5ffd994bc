import type { Diagnostic } from '../../model/diagnostic.ts'
import { createDiagnostic } from '../diagnostics.ts'
import type { ParsedPage } from '../parsed-page.ts'
import { resolveHref } from '../helpers/resolve-href.ts'

/** A page placed in the topic tree. */
export interface TreeEntry {
  page: ParsedPage
  /** Topic id of the parent, null for the root page and for other top-level pages. */
  parent: string | null
  /** Topic ids of the children, in Topics-list order. */
  children: string[]
}

interface Step {
  parent: TreeEntry
  file: string
  line: number
  column: number
  href: string
}

interface TreeInput {
  rootFile: string
  /** Parsed page of a readable page of the service folder, else null. */
  pageOf: (file: string) => ParsedPage | null
  /** With allPages: every page of the folder, in file order, to place after the chapter tree. */
  otherFiles: string[]
  diagnostics: Diagnostic[]
}

/** Files a page's Topics list names (pages only: same-page anchors and URLs are not children). */
function listedFiles(
  page: ParsedPage,
  pageOf: TreeInput['pageOf'],
): { file: string; line: number; column: number; href: string }[] {
  const result = []
  for (const entry of page.topicsList ?? []) {
    const target = resolveHref(page.file, entry.href)
    if (target.kind !== 'internal' || target.path === null || target.outside) continue
    if (pageOf(target.path) === null) continue
    result.push({ file: target.path, line: entry.line, column: entry.column, href: entry.href })
  }
  return result
}

/**
 * Places pages depth-first along the Topics lists, starting at the root page; with allPages the
 * remaining pages follow as further top-level trees. Each page is placed once: a second listing
 * is a `duplicate-topic` warning, a second page with the same topic id a `duplicate-id` error.
 */
export function buildTree(input: TreeInput): TreeEntry[] {
  const { pageOf, diagnostics } = input
  const placed = new Map<string, TreeEntry>()
  const topicIds = new Map<string, string>()
  const order: TreeEntry[] = []

  const place = (file: string, parent: TreeEntry | null): TreeEntry | null => {
    const page = pageOf(file)
    if (page === null) return null
    const owner = topicIds.get(page.topicId)
    if (owner !== undefined) {
      diagnostics.push(
        createDiagnostic('duplicate-id', page.source, {
          id: page.topicId,
          type: 'topic',
          first: owner,
        }),
      )
      return null
    }
    topicIds.set(page.topicId, file)
    const entry: TreeEntry = { page, parent: parent?.page.topicId ?? null, children: [] }
    placed.set(file, entry)
    order.push(entry)
    parent?.children.push(page.topicId)
    return entry
  }

  // Explicit stack, not recursion: a pathological chain of pages cannot overflow it.
  const walk = (start: string): void => {
    const first = place(start, null)
    if (first === null) return
    const stack: Step[] = listedFiles(first.page, pageOf)
      .map((item) => ({ parent: first, ...item }))
      .reverse()
    while (stack.length > 0) {
      const step = stack.pop() as Step
      const already = placed.get(step.file)
      if (already !== undefined) {
        diagnostics.push(
          createDiagnostic(
            'duplicate-topic',
            { file: step.parent.page.file, line: step.line, column: step.column },
            {
              href: step.href,
              first: already.page.topicId,
            },
          ),
        )
        continue
      }
      const entry = place(step.file, step.parent)
      if (entry === null) continue
      const children = listedFiles(entry.page, pageOf).map((item) => ({ parent: entry, ...item }))
      stack.push(...children.reverse())
    }
  }

  walk(input.rootFile)
  if (input.otherFiles.length > 0) {
    // Pages another remaining page lists are placed under it, not as top-level trees.
    const listed = new Set<string>()
    for (const file of input.otherFiles) {
      const page = placed.has(file) ? null : pageOf(file)
      if (page === null) continue
      for (const item of listedFiles(page, pageOf)) if (item.file !== file) listed.add(item.file)
    }
    for (const file of input.otherFiles) if (!placed.has(file) && !listed.has(file)) walk(file)
    // Whatever is left sits on a cycle of Topics lists; start it in file order.
    for (const file of input.otherFiles) if (!placed.has(file)) walk(file)
  }
  return order
}
