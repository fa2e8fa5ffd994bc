import { watch } from 'node:fs'
import type { FSWatcher } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Logger } from 'pino'

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (default 200 ms). */
  debounceMs?: number
  /** Longest wait while changes keep coming (default 2 s), so a steady trickle still reloads. */
  maxWaitMs?: number
  /** Interval of the polling fallback (default 1 s). */
  pollMs?: number
  /** Force the polling fallback (platforms without recursive fs.watch, network file systems). */
  poll?: boolean
  logger: Logger
  onChange: () => void
}

export interface Watcher {
  /** `fs.watch` (events) or `poll` (periodic scan), for the logs and tests. */
  readonly mode: () => 'events' | 'poll'
  close(): void
}

/** Size and mtime of every file below `path` (or of `path` itself): changes when any file does. */
async function signature(path: string): Promise<string> {
  const parts: string[] = []
  const visit = async (p: string): Promise<void> => {
    let info
    try {
      info = await stat(p)
    } catch {
      parts.push(`${p}:missing`)
      return
    }
    if (!info.isDirectory()) {
      parts.push(`${p}:${info.size}:${info.mtimeMs}`)
      return
    }
    parts.push(`${p}/:${info.mtimeMs}`)
    let names: string[] = []
    try {
      names = (await readdir(p)).sort()
    } catch {
      return
    }
    for (const name of names) await visit(join(p, name))
  }
  await visit(path)
  return parts.join('\n')
}

/**
 * Watches a content folder recursively, or one file (a graph written by rename: its folder is
 * watched, filtered to its name), and calls `onChange` once per burst of changes. Uses recursive
 * `fs.watch` (Linux since Node 19.1, macOS, Windows) and falls back to polling when it is missing
 * or fails later (e.g. the folder was removed and recreated).
 */
export async function watchPath(path: string, options: WatchOptions): Promise<Watcher> {
  const debounceMs = options.debounceMs ?? 200
  const maxWaitMs = options.maxWaitMs ?? 2000
  let closed = false
  let quiet: NodeJS.Timeout | undefined
  let deadline: NodeJS.Timeout | undefined
  const fire = () => {
    clearTimeout(quiet)
    clearTimeout(deadline)
    quiet = deadline = undefined
    if (!closed) options.onChange()
  }
  const changed = () => {
    clearTimeout(quiet)
    quiet = setTimeout(fire, debounceMs)
    deadline ??= setTimeout(fire, maxWaitMs)
  }

  const isDirectory = (await stat(path)).isDirectory()
  let mode: 'events' | 'poll' = 'events'
  let watcher: FSWatcher | null = null
  let poller: NodeJS.Timeout | undefined

  const startPolling = async () => {
    mode = 'poll'
    let last = await signature(path)
    const tick = async () => {
      if (closed) return
      const now = await signature(path)
      if (now !== last) {
        last = now
        changed()
      }
      poller = setTimeout(() => void tick(), options.pollMs ?? 1000)
    }
    poller = setTimeout(() => void tick(), options.pollMs ?? 1000)
  }

  if (options.poll) {
    await startPolling()
  } else {
    try {
      if (isDirectory) {
        watcher = watch(path, { recursive: true }, () => changed())
      } else {
        const name = basename(path)
        watcher = watch(dirname(path), (_event, file) => {
          if (file === null || file === name) changed()
        })
      }
      watcher.on('error', (error) => {
        options.logger.warn({ error: error.message, path }, 'file watcher failed: polling instead')
        watcher?.close()
        watcher = null
        changed()
        if (!closed) void startPolling()
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      options.logger.warn({ error: reason, path }, 'fs.watch unavailable: polling instead')
      await startPolling()
    }
  }
  return {
    mode: () => mode,
    close() {
      closed = true
      clearTimeout(quiet)
      clearTimeout(deadline)
      clearTimeout(poller)
      watcher?.close()
    },
  }
}
