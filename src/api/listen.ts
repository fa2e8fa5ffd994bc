import { createServer } from 'node:http'
import type { RequestListener, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'

export interface ListenOptions {
  port: number
  host: string
  logger: Logger
  /** How long in-flight requests may take to finish after shutdown starts (default 10 s). */
  drainTimeoutMs?: number
  /** Concurrent connections; further ones are closed on accept (default 1024). */
  maxConnections?: number
}

/** Limits against slow or abusive clients (see the README, "Operations"). */
export const LIMITS = {
  /** All request headers must arrive within this time (slowloris). */
  headersTimeoutMs: 15_000,
  /** A whole request (headers and body) must arrive within this time. */
  requestTimeoutMs: 30_000,
  /** Idle keep-alive connections close after this time (below common load-balancer idle timeouts). */
  keepAliveTimeoutMs: 5_000,
  /** Total size of the request line and headers; larger requests get 431. */
  maxHeaderBytes: 16 * 1024,
  maxConnections: 1024,
} as const

export interface RunningServer {
  server: Server
  /** Base URL, e.g. `http://127.0.0.1:3000`. */
  url: string
  /** Stops accepting, lets in-flight requests finish, resolves when every connection is closed. */
  shutdown(): Promise<void>
  /** Resolves once the server has closed (after shutdown). */
  closed: Promise<void>
}

/**
 * Listens with limits that bound slow or greedy clients: headers within 15 s, a whole request within
 * 30 s, idle keep-alive connections closed after 5 s, 16 KiB of headers, 1024 connections.
 */
export async function listen(app: RequestListener, options: ListenOptions): Promise<RunningServer> {
  let closing = false
  const server = createServer(
    {
      requestTimeout: LIMITS.requestTimeoutMs,
      headersTimeout: LIMITS.headersTimeoutMs,
      keepAliveTimeout: LIMITS.keepAliveTimeoutMs,
      maxHeaderSize: LIMITS.maxHeaderBytes,
    },
    app,
  )
  server.maxConnections = options.maxConnections ?? LIMITS.maxConnections
  // Connections over the cap are closed on accept; say so, at most once a second.
  let lastDropLog = 0
  server.on('drop', () => {
    const now = Date.now()
    if (now - lastDropLog < 1000) return
    lastDropLog = now
    options.logger.warn({ maxConnections: server.maxConnections }, 'connection limit reached')
  })
  let resolveClosed: () => void = () => {}
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve
  })
  server.once('close', () => resolveClosed())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const url = `http://${host}:${address.port}`

  const shutdown = (): Promise<void> => {
    if (closing) return closed
    closing = true
    options.logger.info({ url }, 'shutting down: finishing in-flight requests')
    server.close()
    server.closeIdleConnections()
    // Connections that finish their last request become idle: close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 100)
    const deadline = setTimeout(() => {
      options.logger.warn('drain timeout: closing remaining connections')
      server.closeAllConnections()
    }, options.drainTimeoutMs ?? 10_000)
    deadline.unref()
    void closed.then(() => {
      clearInterval(sweep)
      clearTimeout(deadline)
    })
    return closed
  }
  return { server, url, shutdown, closed }
}

/** SIGTERM/SIGINT start a graceful shutdown; returns a function removing the handlers. */
export function shutdownOnSignals(running: RunningServer): () => void {
  const signals = ['SIGTERM', 'SIGINT'] as const
  const handler = () => {
    void running.shutdown()
  }
  for (const signal of signals) process.on(signal, handler)
  return () => {
    for (const signal of signals) process.off(signal, handler)
  }
}
