import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { HttpError } from './http-error.ts'

const REALM = 'Bearer realm="secgraph"'

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

/**
 * Checks `Authorization: Bearer <token>` against the configured tokens. Tokens are compared as
 * SHA-256 digests with timingSafeEqual (equal lengths, constant time) and every configured token is
 * checked, so timing reveals neither a token's content nor its length nor which one matched.
 */
export function createBearerAuth(tokens: readonly string[]): (req: IncomingMessage) => void {
  const digests = tokens.filter((t) => t.length > 0).map(digest)
  return (req) => {
    const header = req.headers.authorization
    const match = header === undefined ? null : /^Bearer +([^\s]+) *$/i.exec(header)
    if (!match?.[1]) {
      throw new HttpError(
        'unauthorized',
        'This API requires a bearer token.',
        {},
        { 'WWW-Authenticate': REALM },
      )
    }
    const presented = digest(match[1])
    let accepted = false
    for (const known of digests) accepted = timingSafeEqual(presented, known) || accepted
    if (!accepted) {
      throw new HttpError(
        'unauthorized',
        'The bearer token is not accepted.',
        {},
        { 'WWW-Authenticate': `${REALM}, error="invalid_token"` },
      )
    }
  }
}
