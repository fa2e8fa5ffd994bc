import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '../../model/diagnostic.ts'
import type { Link } from '../../model/link.ts'
import { createDiagnostic } from '../diagnostics.ts'
import type { ParsedPage } from '../parsed-page.ts'
import { resolveHref } from '../helpers/resolve-href.ts'

interface LinkContext {
  /** Whether a path (relative to the content root) exists. */
  fileExists: (path: string) => boolean
  /** Pages in the graph by file. */
  graphPages: Map<string, ParsedPage>
  /** Every page file of every service folder, in the graph or not. */
  knownPages: Set<string>
  diagnostics: Diagnostic[]
}

/** Topic or section id an anchor names on a page, or null. */
function anchorTarget(page: ParsedPage, anchor: string | null): string | null {
  return anchor === null ? page.topicId : (page.anchors.get(anchor) ?? null)
}

/**
 * Sets `target` of the internal links of a page. Links to pages outside the graph but in the content
 * are fine (null target); missing files are `broken-link`, missing anchors on graph pages `missing-anchor`.
 */
export function resolveLinks(page: ParsedPage, context: LinkContext): void {
  const { diagnostics } = context
  for (const link of page.links) {
    const target = resolveHref(page.file, link.href)
    if (target.kind === 'external') continue
    const at = { file: link.source.file, line: link.source.line, column: link.source.column }
    const path = target.path ?? page.file
    const targetPage = context.graphPages.get(path)
    if (targetPage !== undefined) {
      link.target = anchorTarget(targetPage, target.anchor)
      if (link.target === null) {
        diagnostics.push(
          createDiagnostic('missing-anchor', at, {
            href: link.href,
            path,
            anchor: target.anchor ?? '',
          }),
        )
      }
      continue
    }
    if (context.knownPages.has(path)) continue
    if (target.outside || !context.fileExists(path)) {
      diagnostics.push(createDiagnostic('broken-link', at, { href: link.href }))
    }
  }
}

/** A per-build memo of `existsSync` under the content root (a build must not see stale answers). */
export function createExistsCache(contentRoot: string): (path: string) => boolean {
  const known = new Map<string, boolean>()
  return (path) => {
    let exists = known.get(path)
    if (exists === undefined) {
      exists = existsSync(join(contentRoot, path))
      known.set(path, exists)
    }
    return exists
  }
}

/** Fills `Link.control` from the controls' references (the first control carrying a link wins). */
export function linkControls(
  links: Link[],
  controls: { id: string; references: string[] }[],
): void {
  const byId = new Map(links.map((link) => [link.id, link]))
  for (const control of controls) {
    for (const reference of control.references) {
      const link = byId.get(reference)
      if (link && link.control === null) link.control = control.id
    }
  }
}
