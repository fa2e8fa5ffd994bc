import type { ErrorRequestHandler } from 'express'
import type { Logger } from 'pino'
import { HttpError } from './http-error.ts'

/** Headers of the failed representation must not leak into the problem response. */
const REPRESENTATION_HEADERS = ['ETag', 'Link', 'Content-Type', 'Content-Length', 'Last-Modified']

function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null
  const status = (error as { status?: unknown; statusCode?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/**
 * The one place errors become responses: RFC 9457 problem+json. HttpErrors keep their type;
 * client errors raised by Express itself (e.g. undecodable path) become `bad-request`; anything else
 * is logged with the request id and answered as `internal` without details.
 */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const requestId = String(res.getHeader('X-Request-Id') ?? '')
    let problem: HttpError
    if (error instanceof HttpError) {
      problem = error
    } else if (clientErrorStatus(error) !== null) {
      problem = new HttpError('badRequest', 'The request could not be read (malformed URL).')
    } else {
      logger.error(
        { err: error, requestId, method: req.method, url: req.originalUrl },
        'request failed',
      )
      problem = new HttpError(
        'internal',
        `The server failed to answer; the failure is logged under request id ${requestId}.`,
      )
    }
    if (res.headersSent) {
      res.destroy()
      return
    }
    for (const name of REPRESENTATION_HEADERS) res.removeHeader(name)
    for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value)
    const body = Buffer.from(
      JSON.stringify({
        type: problem.type,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance: req.originalUrl,
        requestId,
        ...problem.extensions,
      }),
    )
    res.statusCode = problem.status
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('Content-Type', 'application/problem+json; charset=utf-8')
    res.setHeader('Content-Length', body.length)
    res.end(body)
  }
}
