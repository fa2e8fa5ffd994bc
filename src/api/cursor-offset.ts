import { decodeCursor } from '../support/cursor.ts'
import { HttpError } from './http-error.ts'

/**
 * Where a page starts: 0 without a cursor, else the cursor's offset, which must belong to the
 * result set of this query and build (the same `fingerprint`), or the request is a 400.
 */
export function cursorOffset(cursor: unknown, fingerprint: string): number {
  if (typeof cursor !== 'string') return 0
  const decoded = decodeCursor(cursor)
  if (!decoded || decoded.fingerprint !== fingerprint) {
    throw HttpError.invalidParameters([
      {
        name: 'cursor',
        in: 'query',
        reason: 'belongs to another query or to an older build of the graph',
      },
    ])
  }
  return decoded.offset
}
