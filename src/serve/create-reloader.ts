import { performance } from 'node:perf_hooks'
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express'
import type { Logger } from 'pino'
import type { Graph } from '../model/graph.ts'
import { newErrors } from './new-errors.ts'
import type { ReloadStatus } from './reload-status.ts'

const MAX_LISTED = 100

export interface ReloaderOptions {
  /** The graph served from the start. */
  initial: Graph
  /** Produces a fresh graph: a content build or a graph file read (may throw). */
  load: () => Promise<Graph>
  /**
   * Builds everything that serves one graph (index, search, app). Called before the swap, so a
   * request never sees a half-built graph; `status` is the live reload status for /readyz and /v1/meta.
   */
  createApp: (graph: Graph, status: () => ReloadStatus) => Express
  /**
   * Awaited after `createApp` of a reload and before its swap, while the old graph keeps serving:
   * work that may take seconds and runs between requests (the new graph's search index, built in
   * slices). The swap waits for it; a rejection refuses the reload.
   */
  prepare?: (graph: Graph) => Promise<void>
  /** Called right after a new graph is swapped in (same tick as the swap), e.g. to record history. */
  onSwap?: (graph: Graph) => void
  logger: Logger
}

/** Outcome of one reload attempt. */
export type ReloadOutcome = 'swapped' | 'unchanged' | 'failed'

export interface Reloader {
  /** Delegates each request to the app of the graph current when the request arrives. */
  handler: RequestHandler
  /** The graph served now. */
  graph(): Graph
  status(): ReloadStatus
  /**
   * Rebuilds and swaps. While an attempt runs, further calls coalesce into one more attempt after it
   * (they all resolve with that attempt's outcome), so a burst of changes costs at most two builds.
   */
  reload(reason: string): Promise<ReloadOutcome>
}

interface Current {
  graph: Graph
  app: Express
}

function counts(graph: Graph): Record<string, number> {
  return {
    services: graph.services.length,
    topics: graph.topics.length,
    controls: graph.controls.length,
    diagnostics: graph.diagnostics.length,
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Holds the served graph and swaps a fully built successor in atomically. */
export function createReloader(options: ReloaderOptions): Reloader {
  const { logger } = options
  let status: ReloadStatus = {
    ok: true,
    serving: { contentHash: options.initial.contentHash, builtAt: options.initial.builtAt },
    attempts: 0,
    swaps: 0,
    failures: 0,
    lastAttemptAt: null,
    failure: null,
  }
  // Routes read the status on each request; it is replaced, never mutated, so a reader sees one state.
  const readStatus = () => status
  let current: Current = {
    graph: options.initial,
    app: options.createApp(options.initial, readStatus),
  }

  async function attempt(reason: string): Promise<ReloadOutcome> {
    const at = new Date().toISOString()
    const started = performance.now()
    const elapsed = () => Math.round(performance.now() - started)
    const refuse = (error: string, diagnostics: Graph['diagnostics']): ReloadOutcome => {
      status = {
        ...status,
        ok: false,
        attempts: status.attempts + 1,
        failures: status.failures + 1,
        lastAttemptAt: at,
        failure: { at, error, diagnostics: diagnostics.slice(0, MAX_LISTED) },
      }
      logger.error(
        {
          event: 'reload',
          reason,
          outcome: 'failed',
          ms: elapsed(),
          error,
          diagnostics: diagnostics
            .slice(0, MAX_LISTED)
            .map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`),
          serving: current.graph.contentHash,
        },
        'reload failed: still serving the last good graph',
      )
      return 'failed'
    }

    let graph: Graph
    try {
      graph = await options.load()
    } catch (error) {
      return refuse(message(error), [])
    }
    const errors = newErrors(graph.diagnostics, current.graph.diagnostics)
    if (errors.length > 0) {
      return refuse(
        `the build has ${errors.length} new error diagnostic${errors.length === 1 ? '' : 's'}`,
        errors,
      )
    }
    if (graph.contentHash === current.graph.contentHash) {
      status = {
        ...status,
        ok: true,
        attempts: status.attempts + 1,
        lastAttemptAt: at,
        failure: null,
      }
      logger.info(
        {
          event: 'reload',
          reason,
          outcome: 'unchanged',
          ms: elapsed(),
          contentHash: graph.contentHash,
        },
        'reload: content unchanged',
      )
      return 'unchanged'
    }
    let app: Express
    try {
      app = options.createApp(graph, readStatus)
      await options.prepare?.(graph)
    } catch (error) {
      return refuse(`cannot serve the new graph: ${message(error)}`, [])
    }
    // The swap: one assignment, no await in between, so each request sees either graph whole.
    const previous = current.graph.contentHash
    current = { graph, app }
    status = {
      ...status,
      ok: true,
      serving: { contentHash: graph.contentHash, builtAt: graph.builtAt },
      attempts: status.attempts + 1,
      swaps: status.swaps + 1,
      lastAttemptAt: at,
      failure: null,
    }
    options.onSwap?.(graph)
    logger.info(
      {
        event: 'reload',
        reason,
        outcome: 'swapped',
        ms: elapsed(),
        previous,
        contentHash: graph.contentHash,
        counts: counts(graph),
      },
      'reload: serving the new graph',
    )
    return 'swapped'
  }

  let running: Promise<ReloadOutcome> | null = null
  let queued: Promise<ReloadOutcome> | null = null
  const start = (reason: string): Promise<ReloadOutcome> => {
    const run = attempt(reason).finally(() => {
      running = null
    })
    running = run
    return run
  }

  return {
    handler: (req: Request, res: Response, next: NextFunction) => {
      // Read once: the request runs to its end on this app even if a swap happens meanwhile.
      current.app(req, res, next)
    },
    graph: () => current.graph,
    status: readStatus,
    reload(reason) {
      if (running === null) return start(reason)
      queued ??= running.then(() => {
        queued = null
        return start(reason)
      })
      return queued
    },
  }
}
