import { pino } from 'pino'
import type { Logger } from 'pino'
import { createTerminalLog } from './create-terminal-log.ts'
import type { TerminalLog } from './create-terminal-log.ts'

/** How logs are written: JSON lines for machines, readable lines for a terminal. */
export type LogFormat = 'json' | 'pretty'

export interface ServerLog {
  logger: Logger
  format: LogFormat
  /** Writes what is buffered (the request summary in pretty mode, pino's buffer in JSON). */
  flush(): void
}

/**
 * `LOG_FORMAT` (json or pretty) when set, else pretty on a terminal and JSON otherwise, so `npm
 * start` reads well while containers and pipes keep one JSON line per request. `LOG_LEVEL` as pino.
 */
export function createServerLog(
  env: NodeJS.ProcessEnv = process.env,
  isTTY = process.stdout.isTTY === true,
): ServerLog {
  const asked = env.LOG_FORMAT?.trim().toLowerCase()
  if (asked !== undefined && asked !== '' && asked !== 'json' && asked !== 'pretty') {
    throw new Error(`LOG_FORMAT must be json or pretty, not '${env.LOG_FORMAT}'`)
  }
  const format: LogFormat =
    asked === 'json' || asked === 'pretty' ? asked : isTTY ? 'pretty' : 'json'
  const level = env.LOG_LEVEL ?? 'info'
  if (format === 'pretty') {
    const terminal: TerminalLog = createTerminalLog()
    return { logger: pino({ level }, terminal), format, flush: () => terminal.close() }
  }
  const logger = pino({ level }, pino.destination({ dest: 1, sync: false }))
  return { logger, format, flush: () => logger.flush() }
}
