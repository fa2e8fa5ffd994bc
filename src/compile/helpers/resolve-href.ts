import { posix } from 'node:path'

/** Where an href written on a page points, relative to the content root. */
export type ResolvedHref =
  | { kind: 'external' }
  /** `path` is null for a same-page `#anchor`; `outside` when the path climbs above the content root. */
  | { kind: 'internal'; path: string | null; anchor: string | null; outside: boolean }

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Resolves `file.md`, `file.md#anchor`, `#anchor` or `../dir/file.md` against the page's folder. */
export function resolveHref(fromFile: string, href: string): ResolvedHref {
  if (EXTERNAL.test(href)) return { kind: 'external' }
  const hashAt = href.indexOf('#')
  const pathPart = (hashAt < 0 ? href : href.slice(0, hashAt)).replace(/\?.*$/, '')
  const anchor = hashAt < 0 ? null : decode(href.slice(hashAt + 1)) || null
  if (pathPart === '') return { kind: 'internal', path: null, anchor, outside: false }
  const joined = pathPart.startsWith('/')
    ? posix.normalize(decode(pathPart).slice(1))
    : posix.normalize(posix.join(posix.dirname(fromFile), decode(pathPart)))
  const outside = joined === '..' || joined.startsWith('../')
  return { kind: 'internal', path: joined, anchor, outside }
}
