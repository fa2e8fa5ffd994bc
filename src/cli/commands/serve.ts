import { parseArgs } from 'node:util'
import { pino } from 'pino'
import { createApp } from '../../api/create-app.ts'
import { listen, shutdownOnSignals } from '../../api/listen.ts'
import { buildGraph } from '../../build/build-graph.ts'
import { loadGraph } from '../../build/load-graph.ts'
import type { Graph } from '../../model/graph.ts'
import { createSearchIndex } from '../../search/create-search-index.ts'
import type { Command } from '../command.ts'

const usage = `Usage: secgraph serve [--content DIR | --graph FILE] [options]

Builds the graph of a content folder (or loads a built graph file) and serves it as the
REST API (see /v1 and /openapi.json).

Options:
  --content DIR    content root to build (default: content)
  --graph FILE     serve a graph file written by 'secgraph build' instead of building
  --root PAGE      root page file name (single-service content roots)
  --all-pages      every .md page of a service becomes a topic
  --port N         port (default: $PORT or 3000; 0 picks a free port)
  --host HOST      interface (default: $HOST or 127.0.0.1)

Environment:
  CORS_ORIGINS     comma-separated origins allowed to call from browsers, or *
  API_TOKENS       comma-separated bearer tokens; when set, /v1 requires one
  CACHE_CONTROL    Cache-Control of successful responses (default: public, max-age=60)
  LOG_LEVEL        pino level for the JSON logs on stdout (default: info; silent to mute)`

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
        port: { type: 'string' },
        host: { type: 'string' },
      },
    }))
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
  }
  if (values.content !== undefined && values.graph !== undefined) {
    return fail('use either --content or --graph, not both')
  }
  const portText = values.port ?? process.env.PORT ?? '3000'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) return fail(`invalid port '${portText}'`)
  const host = values.host ?? process.env.HOST ?? '127.0.0.1'
  const logger = pino(
    { level: process.env.LOG_LEVEL ?? 'info' },
    pino.destination({ dest: 1, sync: false }),
  )

  let graph: Graph
  try {
    if (values.graph !== undefined) {
      graph = await loadGraph(values.graph)
    } else {
      graph = await buildGraph({
        content: values.content ?? 'content',
        root: values.root,
        allPages: values['all-pages'] ?? false,
      })
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
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

  const app = createApp({
    graph,
    search: createSearchIndex(graph),
    logger,
    cors: { origins: list(process.env.CORS_ORIGINS) },
    auth: { tokens: list(process.env.API_TOKENS) },
    cacheControl: process.env.CACHE_CONTROL || undefined,
  })
  let running
  try {
    running = await listen(app, { port, host, logger })
  } catch (error) {
    return fail(
      `cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const removeHandlers = shutdownOnSignals(running)
  console.log(
    `secgraph: serving ${graph.controls.length} controls of ${graph.services.length} services at ${running.url}/v1`,
  )
  await running.closed
  removeHandlers()
  logger.info('stopped')
  logger.flush()
  return 0
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the graph as a REST API (OpenAPI 3.1)',
  usage,
  run,
}
