import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError } from './http-error.ts'

export interface CorsOptions {
  /** Allowed origins (`https://portal.example.com`), or `*` for any. */
  origins: readonly string[]
}

export interface Cors {
  /** Adds the CORS headers of an actual (non-preflight) request from an allowed origin. */
  apply(req: IncomingMessage, res: ServerResponse): void
  /** Answers a preflight; throws a 403 problem for an origin that is not allowed. */
  preflight(req: IncomingMessage, res: ServerResponse): void
}

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'
const ALLOWED_HEADERS = 'Accept, Authorization, If-None-Match, X-Request-Id'
// Content-Disposition: a portal fetching `download=1` reads the suggested file name from it.
const EXPOSED_HEADERS = 'ETag, Link, X-Request-Id, WWW-Authenticate, Content-Disposition'

/** CORS with an allow-list; origins are compared exactly (scheme, host and port). */
export function createCors(options: CorsOptions): Cors {
  const any = options.origins.includes('*')
  const origins = new Set(options.origins.map((o) => o.replace(/\/+$/, '')))
  const allowedOrigin = (origin: string | undefined): string | null => {
    if (origin === undefined) return null
    if (any) return '*'
    return origins.has(origin) ? origin : null
  }
  return {
    apply(req, res) {
      // With `*` the answer is the same for every caller, Origin or not, so a shared cache may
      // hand a response fetched without Origin to a cross-origin page: it must carry the header.
      // With an allow-list the answer depends on Origin, so caches must key on it, always.
      const allowed = any ? '*' : allowedOrigin(req.headers.origin)
      if (!any) res.setHeader('Vary', 'Origin')
      if (allowed === null) return
      res.setHeader('Access-Control-Allow-Origin', allowed)
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS)
    },
    preflight(req, res) {
      const allowed = allowedOrigin(req.headers.origin)
      if (allowed === null) {
        throw new HttpError(
          'forbiddenOrigin',
          `Origin '${String(req.headers.origin)}' may not call this API.`,
        )
      }
      res.setHeader('Access-Control-Allow-Origin', allowed)
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS)
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
      res.setHeader('Access-Control-Max-Age', '600')
      res.statusCode = 204
      res.end()
    },
  }
}
