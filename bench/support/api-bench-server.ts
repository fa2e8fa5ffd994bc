/**
 * Child process of the API benchmark: serves one kind of app on 127.0.0.1 (port 0) and reports
 * its URL over IPC, so the server never shares an event loop with autocannon.
 *
 *   ours           createApp + search index on the graph file given as second argument, logging off
 *   ours-uncached  the same with the response cache off: every request validates, computes, serializes
 *   express        a bare Express 5 app answering a small JSON on `/`
 *   http           a bare node:http handler answering the same JSON
 *
 * It exits on SIGTERM/SIGINT (after closing, so `--cpu-prof` gets written) and as soon as the
 * parent goes away (IPC disconnect), so a crashed benchmark leaves no server behind.
 */
import { createServer } from 'node:http'
import type { RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { pino } from 'pino'
import { createApp } from '../../src/api/create-app.ts'
import { listen } from '../../src/api/listen.ts'
import { loadGraph } from '../../src/model/load-graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import type { CpuReply, ServerKind, ServerMessage } from './server-kind.ts'

const SMALL_JSON = { hello: 'world' }

async function createListener(kind: ServerKind, graphFile: string | undefined) {
  switch (kind) {
    case 'ours':
    case 'ours-uncached': {
      if (graphFile === undefined) throw new Error(`${kind} needs a graph file`)
      const graph = await loadGraph(graphFile)
      // Same wiring as `secgraph serve` with no CORS origins, no tokens and logs silenced.
      return createApp({
        graph,
        search: createSearchIndex(graph),
        logger: pino({ level: 'silent' }),
        cors: { origins: [] },
        auth: { tokens: [] },
        ...(kind === 'ours-uncached' ? { responseCacheBytes: 0 } : {}),
      })
    }
    case 'express': {
      const app = express()
      app.get('/', (_req, res) => {
        res.json(SMALL_JSON)
      })
      return app
    }
    case 'http': {
      const listener: RequestListener = (_req, res) => {
        const body = JSON.stringify(SMALL_JSON)
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Content-Length', Buffer.byteLength(body))
        res.end(body)
      }
      return listener
    }
  }
}

async function main(): Promise<void> {
  const [kind, graphFile] = process.argv.slice(2) as [ServerKind, string | undefined]
  if (!process.send) throw new Error('api-bench-server must be started with an IPC channel')
  // Until the server listens, losing the parent just ends the process.
  let stop: () => void = () => process.exit(0)
  process.once('SIGTERM', () => stop())
  process.once('SIGINT', () => stop())
  process.once('disconnect', () => stop())
  const listener = await createListener(kind, graphFile)
  const logger = pino({ level: 'silent' })
  // Our app runs behind the project's own listen() (its timeouts); the bare ones behind node:http
  // with the same options, so the only difference measured is the request handling.
  const running =
    kind === 'ours' || kind === 'ours-uncached'
      ? (await listen(listener, { port: 0, host: '127.0.0.1', logger })).server
      : await listenBare(listener)
  stop = () => {
    running.close(() => process.exit(0))
    running.closeAllConnections()
  }
  if (!process.connected) {
    stop()
    return
  }
  // CPU time per request is what the parent compares: unlike req/s it barely moves when other
  // processes compete for the CPUs.
  process.on('message', () => {
    const { user, system } = process.cpuUsage()
    const reply: CpuReply = { cpuMicros: user + system }
    process.send?.(reply)
  })
  const address = running.address() as AddressInfo
  const message: ServerMessage = { kind, url: `http://127.0.0.1:${address.port}`, pid: process.pid }
  process.send(message)
}

async function listenBare(listener: RequestListener) {
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 },
    listener,
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return server
}

main().catch((error: unknown) => {
  console.error(`api-bench-server: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
