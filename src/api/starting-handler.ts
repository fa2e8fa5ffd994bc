import type { IncomingMessage, ServerResponse } from 'node:http'
import { PROBLEM_TYPES } from './problem-types.ts'

/** Seconds a client should wait before asking a starting server again. */
const RETRY_AFTER_SECONDS = 1

const HEALTH = Buffer.from(JSON.stringify({ status: 'ok' }))

/**
 * What a server answers between listening and having a graph: `/healthz` 200 (the process is
 * alive, so a liveness probe must not kill it) and everything else, `/readyz` included, a 503
 * `starting` problem, so a load balancer sends no traffic yet. Plain node:http: it must cost
 * nothing to load.
 */
export function startingHandler(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0]
  res.setHeader('Cache-Control', 'no-store')
  if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    res.statusCode = 200
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.setHeader('Content-Length', HEALTH.length)
    res.end(req.method === 'HEAD' ? undefined : HEALTH)
    return
  }
  const { type, title, status } = PROBLEM_TYPES.starting
  const body = Buffer.from(
    JSON.stringify({
      type,
      title,
      status,
      detail: 'The server is loading its graph; ask again shortly.',
      instance: req.url,
    }),
  )
  res.statusCode = status
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  res.setHeader('Content-Type', 'application/problem+json; charset=utf-8')
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}
