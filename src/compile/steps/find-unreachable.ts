import type { ParsedPage } from '../parsed-page.ts'
import { resolveHref } from '../helpers/resolve-href.ts'

/**
 * Pages no chain of internal links (Topics lists or prose) reaches from the entry pages: the root
 * page and the folder's `index.md` (a guide's table of contents) when present.
 */
export function findUnreachable(
  entryFiles: string[],
  pages: Map<string, ParsedPage>,
): ParsedPage[] {
  const seen = new Set(entryFiles.filter((file) => pages.has(file)))
  const queue = [...seen]
  for (let next = 0; next < queue.length; next++) {
    const page = pages.get(queue[next] as string) as ParsedPage
    for (const link of page.links) {
      const target = resolveHref(page.file, link.href)
      if (target.kind !== 'internal' || target.path === null || seen.has(target.path)) continue
      if (!pages.has(target.path)) continue
      seen.add(target.path)
      queue.push(target.path)
    }
  }
  return [...pages.values()].filter((page) => !seen.has(page.file))
}
