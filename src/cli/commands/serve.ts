import { parseArgs } from 'node:util'
import type { Express } from 'express'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { createApp, listen, loadOpenApiDocument, shutdownOnSignals } from '../../api/index.ts'
import { buildGraph } from '../../compile/index.ts'
import { loadGraph } from '../../model/load-graph.ts'
import { createChangeFeed, loadDiffSide } from '../../diff/index.ts'
import type { ChangeFeed } from '../../diff/index.ts'
import type { Graph } from '../../model/graph.ts'
import { createSearchIndex } from '../../search/index.ts'
import { createReloader, watchPath } from '../../serve/index.ts'
import type { Reloader, Watcher } from '../../serve/index.ts'
import { mountUi } from '../../ui/index.ts'
import type { Command } from '../command.ts'

const usage = `Usage: secgraph serve [--content DIR | --graph FILE] [options]

Builds the graph of a content folder (or loads a built graph file) and serves it as the
REST API (see /v1 and /openapi.json) and the portal UI (/).

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
  LOG_LEVEL            pino level for the JSON logs on stdout (default: info; silent to mute)`

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
  // Content problems don't stop the server: they are logged, and listed in /v1/meta.
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
  const logger = pino(
    { level: process.env.LOG_LEVEL ?? 'info' },
    pino.destination({ dest: 1, sync: false }),
  )

  const graphFile = values.graph
  const content = values.content ?? 'content'
  const buildOptions = { root: values.root, allPages: values['all-pages'] ?? false }
  const load = (): Promise<Graph> =>
    graphFile !== undefined ? loadGraph(graphFile) : buildGraph({ content, ...buildOptions })

  let graph: Graph
  let feed: ChangeFeed | undefined
  let reloader: Reloader
  let http: Express
  try {
    graph = await load()
    logDiagnostics(graph, logger)
    if (values.baseline !== undefined) {
      const baseline = await loadDiffSide(values.baseline, buildOptions)
      if (baseline.warning !== null) logger.warn(`baseline: ${baseline.warning}`)
      feed = createChangeFeed(baseline.graph, graph)
    }
    // Parsed once: every reload's app validates against the same document.
    const document = loadOpenApiDocument()
    reloader = createReloader({
      initial: graph,
      load,
      logger,
      // Everything for one graph is built before it is swapped in: index, search, routes.
      createApp: (next, status) =>
        createApp({
          graph: next,
          search: createSearchIndex(next),
          logger,
          cors: { origins: list(process.env.CORS_ORIGINS) },
          auth: { tokens: list(process.env.API_TOKENS) },
          cacheControl: process.env.CACHE_CONTROL || undefined,
          changes: feed,
          status,
          document,
        }),
      onSwap: (next) => feed?.append(next),
    })
    http = await mountUi(reloader.handler, {
      frameAncestors: list(process.env.UI_FRAME_ANCESTORS),
    })
  } catch (error) {
    return fail(messageOf(error))
  }

  let running
  try {
    running = await listen(http, { port, host, logger, maxConnections })
  } catch (error) {
    return fail(`cannot listen on ${host}:${port}: ${messageOf(error)}`)
  }
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
      await running.shutdown()
      process.off('SIGHUP', onHangup)
      removeHandlers()
      return fail(`cannot watch ${watched}: ${messageOf(error)}`)
    }
  }
  console.log(
    `secgraph: serving ${graph.controls.length} controls of ${graph.services.length} services at ${running.url}/v1`,
  )
  await running.closed
  watcher?.close()
  process.off('SIGHUP', onHangup)
  removeHandlers()
  logger.info('stopped')
  logger.flush()
  return 0
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the graph as a REST API (OpenAPI 3.1) and the portal UI',
  usage,
  run,
}
