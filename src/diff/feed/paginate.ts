import { decodeCursor, encodeCursor } from '../../support/cursor.ts'

export const DEFAULT_LIMIT = 50
export const MAX_LIMIT = 500

/**
 * One page of `items`. The cursor carries the offset and a fingerprint of the query (hex), so a
 * cursor from another query or revision is refused instead of silently paging something else.
 */
export function paginate<T>(
  items: readonly T[],
  options: { limit?: number; cursor?: string; fingerprint: string },
): { items: T[]; nextCursor: string | null } | { error: 'invalid-cursor' } {
  const limit = options.limit ?? DEFAULT_LIMIT
  let offset = 0
  if (options.cursor !== undefined) {
    const cursor = decodeCursor(options.cursor)
    if (cursor === null || cursor.fingerprint !== options.fingerprint) {
      return { error: 'invalid-cursor' }
    }
    offset = cursor.offset
  }
  const end = offset + limit
  return {
    items: items.slice(offset, end),
    nextCursor:
      end < items.length ? encodeCursor({ offset: end, fingerprint: options.fingerprint }) : null,
  }
}
