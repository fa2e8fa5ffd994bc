import type { Request } from 'express'

/** True when the request's Accept header admits `application/json`; common headers skip negotiation. */
export function acceptsJson(req: Request): boolean {
  const accept = req.headers.accept
  if (accept === undefined || accept === '*/*' || accept === 'application/json') return true
  return req.accepts('application/json') !== false
}
