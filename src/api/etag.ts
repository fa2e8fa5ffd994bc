import { hash } from 'node:crypto'

/**
 * Strong entity tag of a representation: the graph's content hash plus what identifies the
 * representation (path, normalized query, media type). Hashing this short key instead of each body
 * keeps ETags cheap and identical for GET and HEAD.
 */
export function createEtag(contentHash: string, representationKey: string): string {
  // One-shot `hash` (same SHA-256 as createHash) skips the Hash object: this runs per uncached request.
  return `"${hash('sha256', `${contentHash}\0${representationKey}`, 'hex').slice(0, 32)}"`
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
