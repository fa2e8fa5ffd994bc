import type { Source } from '../model/source.ts'
import { toUriReference } from './to-uri-reference.ts'

/**
 * Link to the line a node comes from: `<base>/<file>#L<line>` (GitHub's line anchor), or the
 * relative `<file>#L<line>` when no base URL is given.
 */
export function sourceHref(source: Source, baseUrl?: string): string {
  // Without a base, a colon in the first path segment would read as a URI scheme: `./` keeps it a path.
  const prefix = baseUrl ? baseUrl.replace(/\/*$/, '/') : /^[^/]*:/.test(source.file) ? './' : ''
  return toUriReference(`${prefix}${source.file}#L${source.line}`)
}

/** A statement of an export: where it is in the content, and on the published page if known. */
export interface Located {
  source: Source
  url: string | null
}

/**
 * The link of a statement's source: its published page (the service's `sourceUrl`), else the
 * content file under `baseUrl` (`--source-base`), else the relative `file#L<line>`.
 */
export function sourceLink(item: Located, baseUrl?: string): string {
  return item.url ?? sourceHref(item.source, baseUrl)
}

/** Whether the link of a statement resolves after download (an absolute URL). */
export function linksAbsolutely(item: Located, baseUrl?: string): boolean {
  return item.url !== null || Boolean(baseUrl)
}

/** Said in an export whose links cannot all resolve after download. */
export const RELATIVE_SOURCES_NOTE =
  'Some source links are relative to the content folder: their service.yml has no sourceUrl and no source base URL was given (--source-base).'
