import { PROBLEM_TYPES } from './problem-types.ts'
import type { ProblemName } from './problem-types.ts'

/** One invalid request parameter, as listed in a 400 problem's `invalid-params`. */
export interface InvalidParam {
  name: string
  in: 'query' | 'path' | 'header'
  reason: string
  /** The values that were not recognised, when the parameter names things (ids, owners…). */
  invalid?: string[]
  /** The values that would be accepted instead. */
  valid?: string[]
}

/** An error that becomes an RFC 9457 problem response; anything else thrown becomes a 500. */
export class HttpError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  /** Extra members of the problem document, e.g. `invalid-params`. */
  readonly extensions: Record<string, unknown>
  /** Extra response headers, e.g. `Allow` or `WWW-Authenticate`. */
  readonly headers: Record<string, string>

  constructor(
    problem: ProblemName,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(detail)
    const { type, title, status } = PROBLEM_TYPES[problem]
    this.name = 'HttpError'
    this.status = status
    this.type = type
    this.title = title
    this.detail = detail
    this.extensions = extensions
    this.headers = headers
  }

  static invalidParameters(params: InvalidParam[]): HttpError {
    const detail =
      params.length === 1 ? '1 parameter is invalid.' : `${params.length} parameters are invalid.`
    return new HttpError('invalidParameters', detail, { 'invalid-params': params })
  }

  static notFound(detail: string): HttpError {
    return new HttpError('notFound', detail)
  }
}
