import { createHash } from 'node:crypto'

/**
 * Strong entity tag of a representation: the graph's content hash plus what identifies the
 * representation (path, normalized query, media type). Hashing this short key instead of each body
 * keeps ETags cheap and identical for GET and HEAD.
 */
export function createEtag(contentHash: string, representationKey: string): string {
  const digest = createHash('sha256').update(contentHash).update('\0').update(representationKey)
  return `"${digest.digest('hex').slice(0, 32)}"`
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  if (header === etag) return true
  for (const part of header.split(',')) {
    const tag = part.trim()
    if (tag === '*' || tag === etag || (tag.startsWith('W/') && tag.slice(2) === etag)) return true
  }
  return false
}
