import type { OpenAPIV3_1 } from 'openapi-types'
import type { ChangeFeed } from '../diff/index.ts'
import type { SearchIndex } from '../search/index.ts'
import type { ReloadStatus } from '../serve/index.ts'
import type { GraphIndex } from './graph-index.ts'
import type { ValidRequest } from './validate-request.ts'

/** A response body ready to send, with what varies per representation. */
export interface Representation {
  /** The serialized body. */
  body: Buffer
  /** Content-Type header (default `application/json; charset=utf-8`). */
  contentType?: string
  /** RFC 8288 `Link` header value (next/prev pages), if any. */
  link?: string
  /** Other representation headers, e.g. `Content-Disposition` for downloads. */
  headers?: Record<string, string>
}

/** What route factories get: the indexed graph, the optional search index and the document. */
export interface RouteContext {
  index: GraphIndex
  search: SearchIndex | undefined
  document: OpenAPIV3_1.Document
  /** Changes since a baseline graph (`serve --baseline`); `/v1/changes` answers 404 without it. */
  changes?: ChangeFeed
  /** Live reload status of `secgraph serve`; routes reading it must be `volatile`. */
  status?: () => ReloadStatus
  /** Base URL source links of exports fall back to (`SOURCE_BASE_URL`); see `CreateAppOptions`. */
  sourceBaseUrl?: string
}

/** A query parameter naming the representation, e.g. `format=csv`; it wins over `Accept`. */
export interface FormatParameter {
  name: string
  /** Media type of each accepted value. */
  mediaTypes: Readonly<Record<string, string>>
}

/** One GET operation of the OpenAPI document and how to answer it. */
export interface Route {
  /** Path template exactly as in the OpenAPI document, e.g. `/v1/services/{serviceId}`. */
  path: string
  /** Served without a bearer token even when tokens are configured. */
  open?: boolean
  /** Overrides the configured Cache-Control (health endpoints use `no-store`). */
  cacheControl?: string
  /**
   * Media types the route can produce, preferred first (default `application/json` only);
   * the one negotiated from `Accept` is passed to `handle` and is part of the ETag.
   */
  mediaTypes?: readonly string[]
  /** Picks the media type from the query instead of `Accept` when the request names one. */
  formatParameter?: FormatParameter
  /** The answer can change while the graph doesn't (reload status): never cached, ETag of the body. */
  volatile?: boolean
  /**
   * For representations that grow with the graph: the query parameters that make them smaller,
   * named in the problem when a body exceeds the response cap. Only routes with them are capped.
   */
  narrowWith?: readonly string[]
  /**
   * Loads what only this route needs (modules kept off the start-up path), awaited before each
   * uncached answer; resolves at once after the first time.
   */
  prepare?: () => Promise<void>
  /** Answers a validated request; throws HttpError for 404 and friends. */
  handle(request: ValidRequest, mediaType: string): Representation
}

export type RouteFactory = (context: RouteContext) => Route[]

/** Serializes once; routes keep the returned buffer when the answer never changes. */
export function json(value: unknown): Representation {
  return { body: Buffer.from(JSON.stringify(value)) }
}
