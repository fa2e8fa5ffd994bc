import { hash, randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import express from 'express'
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express'
import type { OpenAPIV3_1 } from 'openapi-types'
import { pino } from 'pino'
import type { Logger } from 'pino'
import type { ChangeFeed } from '../diff/index.ts'
import type { Graph } from '../model/graph.ts'
import type { SearchIndex } from '../search/index.ts'
import type { ReloadStatus } from '../serve/index.ts'
import { acceptsJson } from './accepts-json.ts'
import { createBearerAuth } from './bearer-auth.ts'
import { createCors } from './cors.ts'
import { createErrorHandler } from './error-handler.ts'
import { createResponseCache } from './response-cache.ts'
import { createEtag, matchesIfNoneMatch } from './etag.ts'
import { createGraphIndex } from './graph-index.ts'
import { HttpError } from './http-error.ts'
import { loadOpenApiDocument } from './load-openapi-document.ts'
import { maxResponseBytes } from './max-response-bytes.ts'
import type { FormatParameter, Route, RouteContext, RouteFactory } from './route.ts'
import { requestValidatorsFor } from './request-validators.ts'
import { resolveRequestScope } from './resolve-request-scope.ts'
import { routeFactories } from './routes/index.ts'
import { createSecurityHeaders } from './security-headers.ts'

export interface CreateAppOptions {
  /** The graph to serve; it must not change while the app runs (representations are precomputed). */
  graph: Graph
  /** Full-text search over the graph; without it `q` and `/v1/search` answer 503. */
  search?: SearchIndex
  /** Request and error logs; silent when omitted. */
  logger?: Logger
  /** Origins allowed to call the API from browsers (`*` for any); no CORS when omitted. */
  cors?: { origins: string[] }
  /** Bearer tokens; when non-empty, every path except health, readiness and /openapi.json needs one. */
  auth?: { tokens: string[] }
  /** Cache-Control of successful GETs (default `public, max-age=60`, `private, max-age=60` with auth). */
  cacheControl?: string
  /** Middleware run before the routes (after logging, CORS and auth), e.g. metrics. */
  beforeRoutes?: RequestHandler[]
  /** Extra resources (routes whose paths are in the document). */
  routes?: RouteFactory[]
  /**
   * Public base URL of the content folder (e.g. its repository), for the source links of exports
   * whose service sets no `sourceUrl`; without it those links are relative and the export says so.
   */
  sourceBaseUrl?: string
  /** Memory for ready-to-send answers of recent URLs (default 32 MiB; 0 disables). */
  responseCacheBytes?: number
  /**
   * Changes from a baseline graph to `graph` (and reloads in between), served at `/v1/changes`
   * and `/v1/changes.atom`; both answer 404 without it. Its current graph must be `graph`.
   */
  changes?: ChangeFeed
  /**
   * The OpenAPI document (default: openapi/openapi.yaml of the package, read once per process).
   * Its request validators are compiled once per document object and shared by every app created
   * with it (each reload creates one), so it must not be mutated after the first createApp.
   */
  document?: OpenAPIV3_1.Document
  /**
   * Largest body, in bytes, of the representations that grow with the graph (`/v1/graph`,
   * checklists, OSCAL exports, the Atom feed); larger ones answer a `response-too-large` problem.
   * Default: `MAX_RESPONSE_BYTES` from the environment, else 50 MiB.
   */
  maxResponseBytes?: number
  /** Live reload status (`serve --watch`, SIGHUP), reported by `/readyz` and `/v1/meta`. */
  status?: () => ReloadStatus
}

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/
const ALLOW = 'GET, HEAD, OPTIONS'
const JSON_TYPE = 'application/json'

function notAcceptable(mediaTypes: readonly string[]): HttpError {
  return new HttpError(
    'notAcceptable',
    `This resource is available as ${mediaTypes.join(', ')}; the Accept header allows none of them.`,
  )
}

/** The media type a format parameter names; a value it doesn't know is left to validation (400). */
function formatFromQuery(url: string, parameter: FormatParameter, fallback: string): string | null {
  const mark = url.indexOf('?')
  if (mark < 0) return null
  const values = new URLSearchParams(url.slice(mark + 1)).getAll(parameter.name)
  if (values.length === 0) return null
  return parameter.mediaTypes[values[0] as string] ?? fallback
}

function bodyDigest(body: Buffer): string {
  return hash('sha256', body, 'hex')
}

let packagedDocument: OpenAPIV3_1.Document | undefined

/** The packaged document, read once per process so every app shares its compiled validators. */
function defaultDocument(): OpenAPIV3_1.Document {
  packagedDocument ??= loadOpenApiDocument()
  return packagedDocument
}

function tooLarge(bytes: number, max: number, narrowWith: readonly string[]): HttpError {
  const names = narrowWith.map((name) => `'${name}'`)
  return new HttpError(
    'responseTooLarge',
    `This representation is ${bytes} bytes, over this server's limit of ${max} bytes; ` +
      `narrow it with ${names.length === 1 ? `the ${names[0]} parameter` : `one of the parameters ${names.join(', ')}`}.`,
    { bytes, maxBytes: max, narrowWith },
  )
}

function toExpressPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1')
}

/** Builds the Express 5 app serving one graph under /v1; listening is the caller's business. */
export function createApp(options: CreateAppOptions): Express {
  const { graph, search } = options
  const logger = options.logger ?? pino({ level: 'silent' })
  const document = options.document ?? defaultDocument()
  const validators = requestValidatorsFor(document)
  const tokens = options.auth?.tokens.filter((t) => t.length > 0) ?? []
  const authenticate = tokens.length > 0 ? createBearerAuth(tokens) : null
  const cacheControl =
    options.cacheControl ?? (authenticate ? 'private, max-age=60' : 'public, max-age=60')
  const cors = options.cors && options.cors.origins.length > 0 ? createCors(options.cors) : null
  const securityHeaders = createSecurityHeaders(cors !== null)
  const logRequests = logger.isLevelEnabled('info')

  const context: RouteContext = {
    index: createGraphIndex(graph),
    search,
    document,
    changes: options.changes,
    status: options.status,
    sourceBaseUrl: options.sourceBaseUrl,
  }
  const routes: Route[] = [...routeFactories, ...(options.routes ?? [])].flatMap((f) => f(context))
  const openPaths = new Set(routes.filter((r) => r.open).map((r) => r.path))

  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  app.set('query parser', false)
  // Paths match exactly as documented: `/v1/meta/` and `/V1/meta` are not resources.
  app.set('strict routing', true)
  app.set('case sensitive routing', true)

  // One prelude for every request: request id, fixed security headers, CORS, access log.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.headers['x-request-id']
    const requestId =
      typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID()
    res.setHeader('X-Request-Id', requestId)
    for (const [name, value] of securityHeaders) res.setHeader(name, value)
    if (cors) cors.apply(req, res)
    if (logRequests) {
      const start = performance.now()
      res.once('finish', () => {
        logger.info(
          {
            requestId,
            method: req.method,
            url: req.originalUrl,
            status: res.statusCode,
            ms: Math.round((performance.now() - start) * 100) / 100,
          },
          'request',
        )
      })
    }
    next()
  })

  if (authenticate) {
    app.use((req: Request, _res: Response, next: NextFunction) => {
      // Preflights carry no credentials by design; probes and the document stay reachable.
      if (req.method !== 'OPTIONS' && !openPaths.has(req.path)) authenticate(req)
      next()
    })
  }
  for (const handler of options.beforeRoutes ?? []) app.use(handler)

  // Answers are pure functions of the URL while the graph is immutable: keep recent ones ready
  // to send, keyed by the raw URL, so repeated requests skip validation and rendering entirely.
  const answers = createResponseCache(options.responseCacheBytes ?? 32 * 1024 * 1024)
  const maxBytes = maxResponseBytes(options.maxResponseBytes)
  // Sizes of the URLs refused as too large, so asking again doesn't render the body again.
  const refused = new Map<string, number>()

  const options204 = (req: Request, res: Response) => {
    if (req.headers.origin !== undefined && req.headers['access-control-request-method']) {
      if (!cors) throw new HttpError('forbiddenOrigin', 'This API accepts no cross-origin calls.')
      cors.preflight(req, res)
      return
    }
    res.setHeader('Allow', ALLOW)
    res.statusCode = 204
    res.end()
  }
  const methodNotAllowed = (req: Request) => {
    throw new HttpError(
      'methodNotAllowed',
      `${req.method} is not allowed here; use GET or HEAD.`,
      {},
      { Allow: ALLOW },
    )
  }

  for (const route of routes) {
    const validate = validators(route.path)
    const routeCacheControl = route.cacheControl ?? cacheControl
    const mediaTypes = route.mediaTypes ?? [JSON_TYPE]
    const jsonOnly = mediaTypes.length === 1 && mediaTypes[0] === JSON_TYPE
    const get = async (req: Request, res: Response) => {
      let mediaType = JSON_TYPE
      const named = route.formatParameter
        ? formatFromQuery(req.url, route.formatParameter, mediaTypes[0] as string)
        : null
      if (named !== null) {
        // An explicit format wins over Accept (links and downloads can't set headers).
        mediaType = named
      } else if (jsonOnly) {
        if (!acceptsJson(req)) throw notAcceptable(mediaTypes)
      } else {
        const negotiated = req.accepts(mediaTypes as string[])
        if (negotiated === false) throw notAcceptable(mediaTypes)
        mediaType = negotiated
      }
      const url = req.url
      const key = jsonOnly ? url : `${url}\0${mediaType}`
      // Volatile answers (reload status) change while the graph doesn't: never kept, and their
      // ETag covers the body.
      let answer = route.volatile ? undefined : answers.get(key)
      if (answer === undefined && route.narrowWith !== undefined) {
        const bytes = refused.get(key)
        if (bytes !== undefined) throw tooLarge(bytes, maxBytes, route.narrowWith)
      }
      if (answer === undefined) {
        const mark = url.indexOf('?')
        const pathname = mark < 0 ? url : url.slice(0, mark)
        const { request, issues } = validate(
          mark < 0 ? '' : url.slice(mark + 1),
          req.params as Record<string, string>,
        )
        // Shape (the document) and vocabulary (the graph) are checked together: one 400 lists all.
        const scope = resolveRequestScope(graph, request, new Set(issues.map((i) => i.name)))
        issues.push(...scope.issues)
        if (issues.length > 0) throw HttpError.invalidParameters(issues)
        const scoped = scope.request
        if (route.prepare) await route.prepare()
        const representation = route.handle(scoped, mediaType)
        if (route.narrowWith !== undefined && representation.body.length > maxBytes) {
          const bytes = representation.body.length
          refused.set(key, bytes)
          if (refused.size > 256) refused.delete(refused.keys().next().value as string)
          throw tooLarge(bytes, maxBytes, route.narrowWith)
        }
        answer = {
          ...representation,
          etag: createEtag(
            graph.contentHash,
            `${pathname}?${scoped.canonical} ${mediaType}${route.volatile ? ` ${bodyDigest(representation.body)}` : ''}`,
          ),
        }
        if (!route.volatile) answers.set(key, answer)
      }
      res.setHeader('ETag', answer.etag)
      res.setHeader('Cache-Control', routeCacheControl)
      if (!jsonOnly) {
        const vary = res.getHeader('Vary')
        res.setHeader('Vary', vary === undefined ? 'Accept' : `${String(vary)}, Accept`)
      }
      if (answer.link !== undefined) res.setHeader('Link', answer.link)
      if (matchesIfNoneMatch(req.headers['if-none-match'], answer.etag)) {
        res.statusCode = 304
        res.end()
        return
      }
      if (answer.headers)
        for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value)
      res.setHeader('Content-Type', answer.contentType ?? 'application/json; charset=utf-8')
      res.setHeader('Content-Length', answer.body.length)
      res.end(answer.body)
    }
    app.route(toExpressPath(route.path)).get(get).options(options204).all(methodNotAllowed)
  }

  app.use((req: Request) => {
    throw HttpError.notFound(`Nothing at ${req.path}; see /v1 for the resources.`)
  })
  app.use(createErrorHandler(logger))
  return app
}
