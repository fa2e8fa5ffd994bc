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
