import type { RequestListener } from 'node:http'
import { parseArgs } from 'node:util'
import type { Express } from 'express'
import type { Logger } from 'pino'
import {
  createApp,
  listen,
  loadOpenApiDocument,
  openApiSourceOf,
  startingHandler,
  requestValidatorsFor,
  shutdownOnSignals,
} from '../../api/index.ts'
import type { RunningServer } from '../../api/index.ts'
import type { ChangeFeed } from '../../diff/index.ts'
import type { Graph } from '../../model/graph.ts'
import { loadGraph } from '../../model/load-graph.ts'
import { createLazySearchIndex } from '../../search/index.ts'
import type { LazySearchIndex } from '../../search/index.ts'
import { createGraphWorker, createReloader, createServerLog, watchPath } from '../../serve/index.ts'
import type { Reloader, Watcher } from '../../serve/index.ts'
import { mountUi } from '../../ui/index.ts'
import type { Command } from '../command.ts'
import { formatDiagnostic } from '../format-diagnostic.ts'
import { summarize } from '../summarize.ts'

const usage = `Usage: secgraph serve [--content DIR | --graph FILE] [options]

Builds the graph of a content folder (or loads a built graph file) and serves it as the
REST API (see /v1 and /openapi.json) and the portal UI (/). It listens at once: /healthz
answers 200 and /readyz 503 until the graph is loaded. Content whose build has errors
is not served: serve exits 1 with the diagnostics, as 'secgraph build' prints them.

Options:
  --content DIR          content root to build (default: content)
  --graph FILE           serve a graph file written by 'secgraph build' instead of building
  --root PAGE            root page file name (single-service content roots)
  --all-pages            every .md page of a service becomes a topic
  --watch                rebuild (or reload --graph FILE) when files change; SIGHUP always reloads
  --baseline OLD         serve /v1/changes from OLD (content folder or graph file) to the served graph
  --port N               port (default: $PORT or 3000; 0 picks a free port)
  --host HOST            interface (default: $HOST or 127.0.0.1)
  --max-connections N    concurrent connections accepted (default: $MAX_CONNECTIONS or 1024)

Environment:
  CORS_ORIGINS         comma-separated origins allowed to call from browsers, or *
  API_TOKENS           comma-separated bearer tokens; when set, /v1 requires one
  CACHE_CONTROL        Cache-Control of successful responses (default: public, max-age=60)
  UI_FRAME_ANCESTORS   comma-separated origins allowed to frame the UI page (default: none)
  SOURCE_BASE_URL      public URL of the content folder (e.g. its repository): source links of
                       exports whose service.yml sets no sourceUrl point there, not relatively
  LOG_LEVEL            pino level of the logs on stdout (default: info; silent to mute)
  LOG_FORMAT           json (one line per event and request) or pretty (readable lines, requests
                       summarized every 10 s); default: pretty on a terminal, else json

Exit status: 0 stopped by SIGTERM/SIGINT, 1 the content build has errors (printed like
'secgraph build'), 2 bad usage, unreadable graph file or port in use.`

/** How long after becoming ready the search index is built, unless a search asks first. */
const SEARCH_WARM_DELAY_MS = 1000

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
}

function fail(message: string): number {
  console.error(`secgraph serve: ${message}`)
  return 2
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function logDiagnostics(graph: Graph, logger: Logger): void {
  const errors = graph.diagnostics.filter((d) => d.severity === 'error')
  for (const d of errors)
    logger.error({ diagnostic: d }, `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`)
  if (graph.diagnostics.length > 0) {
    logger.warn(
      { errors: errors.length, warnings: graph.diagnostics.length - errors.length },
      'the graph was built with diagnostics (see /v1/meta or secgraph validate)',
    )
  }
}

/** Why there is no graph to serve, printed like `secgraph build` prints a failed build. */
function refuse(graph: Graph, source: string): number {
  for (const diagnostic of graph.diagnostics) console.error(formatDiagnostic(diagnostic, source))
  console.error(
    `secgraph serve: ${summarize(graph)}; not serving a graph with errors ` +
      '(fix them, or serve a good graph with --graph FILE)',
  )
  return 1
}

async function run(argv: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        content: { type: 'string' },
        graph: { type: 'string' },
        root: { type: 'string' },
        'all-pages': { type: 'boolean' },
        watch: { type: 'boolean' },
        baseline: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'max-connections': { type: 'string' },
      },
    }))
  } catch (error) {
    return fail(`${messageOf(error)}\n\n${usage}`)
  }
  if (values.content !== undefined && values.graph !== undefined) {
    return fail('use either --content or --graph, not both')
  }
  const portText = values.port ?? process.env.PORT ?? '3000'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) return fail(`invalid port '${portText}'`)
  const host = values.host ?? process.env.HOST ?? '127.0.0.1'
  const maxText = values['max-connections'] ?? process.env.MAX_CONNECTIONS ?? '1024'
  const maxConnections = Number(maxText)
  if (!/^\d+$/.test(maxText) || maxConnections < 1) {
    return fail(`invalid --max-connections '${maxText}' (a positive integer)`)
  }
  let log
  try {
    log = createServerLog()
  } catch (error) {
    return fail(messageOf(error))
  }
  const { logger } = log

  const graphFile = values.graph
  const content = values.content ?? 'content'
  const buildOptions = { root: values.root, allPages: values['all-pages'] ?? false }
  // The compiler (remark and friends) loads only when there is content to build: a replica
  // serving a graph file never pays for it.
  const load = async (): Promise<Graph> => {
    if (graphFile !== undefined) return loadGraph(graphFile)
    const { buildGraph } = await import('../../compile/index.ts')
    return buildGraph({ content, ...buildOptions })
  }
  // Reloads load or build in a worker thread, so requests keep being served meanwhile.
  const worker = createGraphWorker(
    graphFile !== undefined ? { graph: graphFile } : { content, ...buildOptions },
  )

  // Listen first: probes get answers while the graph loads (/healthz 200, /readyz 503).
  let handler: RequestListener = startingHandler
  let running: RunningServer
  try {
    running = await listen((req, res) => handler(req, res), {
      port,
      host,
      logger,
      maxConnections,
    })
  } catch (error) {
    return fail(`cannot listen on ${host}:${port}: ${messageOf(error)}`)
  }
  const stop = async (code: number): Promise<number> => {
    await worker.close()
    await running.shutdown()
    log.flush()
    return code
  }

  let graph: Graph
  let feed: ChangeFeed | undefined
  let reloader: Reloader
  let http: Express
  // Each graph's search index: built before the swap on reloads (in slices, between requests);
  // at start, after the server is ready (see below).
  const searches = new WeakMap<Graph, LazySearchIndex>()
  try {
    graph = await load()
    // A build with errors is no graph to serve (secgraph build would not write it either). A graph
    // file is served as it is: it is the output of a build that passed, the last good graph.
    if (graphFile === undefined && graph.diagnostics.some((d) => d.severity === 'error')) {
      const code = refuse(graph, content)
      return await stop(code)
    }
    logDiagnostics(graph, logger)
    if (values.baseline !== undefined) {
      const { createChangeFeed, loadDiffSide } = await import('../../diff/index.ts')
      const baseline = await loadDiffSide(values.baseline, buildOptions)
      if (baseline.warning !== null) logger.warn(`baseline: ${baseline.warning}`)
      feed = createChangeFeed(baseline.graph, graph)
    }
    // Parsed once (from the build-time JSON when current): every reload's app shares it.
    const document = loadOpenApiDocument()
    logger.debug(
      {
        openapi: openApiSourceOf(document)?.from,
        validators: requestValidatorsFor(document).precompiled ? 'precompiled' : 'compiled',
      },
      'API artefacts',
    )
    reloader = createReloader({
      initial: graph,
      load: () => worker.load(),
      logger,
      // Everything for one graph is built before it is swapped in: index, search, routes.
      createApp: (next, status) => {
        const search = createLazySearchIndex(next)
        searches.set(next, search)
        return createApp({
          graph: next,
          search,
          logger,
          cors: { origins: list(process.env.CORS_ORIGINS) },
          auth: { tokens: list(process.env.API_TOKENS) },
          cacheControl: process.env.CACHE_CONTROL || undefined,
          sourceBaseUrl: process.env.SOURCE_BASE_URL || undefined,
          changes: feed,
          status,
          document,
        })
      },
      prepare: async (next) => await searches.get(next)?.ready(),
      onSwap: (next) => feed?.append(next),
    })
    http = await mountUi(reloader.handler, {
      frameAncestors: list(process.env.UI_FRAME_ANCESTORS),
    })
  } catch (error) {
    console.error(`secgraph serve: ${messageOf(error)}`)
    return await stop(2)
  }
  handler = http
  // Off the readiness path: build the search index a moment after /readyz turns 200, in slices
  // between requests (a search asked before it is done finishes it), so probes and the first
  // requests do not wait for it.
  const firstSearch = searches.get(graph)
  setTimeout(() => void firstSearch?.ready(), SEARCH_WARM_DELAY_MS).unref()

  const removeHandlers = shutdownOnSignals(running)
  const onHangup = () => void reloader.reload('SIGHUP')
  process.on('SIGHUP', onHangup)
  let watcher: Watcher | null = null
  if (values.watch) {
    const watched = graphFile ?? content
    try {
      watcher = await watchPath(watched, { logger, onChange: () => void reloader.reload('watch') })
      logger.info({ path: watched, mode: watcher.mode() }, 'watching for changes')
    } catch (error) {
      process.off('SIGHUP', onHangup)
      removeHandlers()
      console.error(`secgraph serve: cannot watch ${watched}: ${messageOf(error)}`)
      return await stop(2)
    }
  }
  console.log(
    `secgraph: serving ${graph.controls.length} controls of ${graph.services.length} services at ${running.url}/v1`,
  )
  await running.closed
  watcher?.close()
  await worker.close()
  process.off('SIGHUP', onHangup)
  removeHandlers()
  logger.info('stopped')
  log.flush()
  return 0
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the graph as a REST API (OpenAPI 3.1) and the portal UI',
  usage,
  run,
}
