/** pino's numeric levels, as a person reads them. */
const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
}

/** Fields every pino line has; the rest are printed as key=value after the message. */
const STANDARD = new Set(['level', 'time', 'pid', 'hostname', 'msg'])

/** The message of access-log lines (create-app.ts): summarized, never printed one by one. */
const REQUEST_MESSAGE = 'request'

const MAX_VALUE_CHARS = 200

export interface TerminalLogOptions {
  /** Where lines go (default process.stdout). */
  out?: { write(text: string): unknown }
  /** How often the request summary is printed, when there were requests (default 10 s). */
  intervalMs?: number
}

/** A pino destination for people: readable lines, and requests as a periodic summary. */
export interface TerminalLog {
  write(line: string): void
  /** Prints the pending request summary now (also at exit). */
  flush(): void
  /** Stops the timer after a last flush. */
  close(): void
}

function clock(time: unknown): string {
  const date = typeof time === 'number' ? new Date(time) : new Date()
  return date.toISOString().slice(11, 19)
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text
}

/**
 * Formats pino's JSON lines for a terminal (`npm start`): `12:00:01 INFO  message key=value`, and
 * instead of one line per request, one summary per interval: count, status classes, median and
 * slowest time. Production keeps JSON (LOG_FORMAT=json or no TTY), one line per request.
 */
export function createTerminalLog(options: TerminalLogOptions = {}): TerminalLog {
  const out = options.out ?? process.stdout
  const intervalMs = options.intervalMs ?? 10_000
  const statuses = new Map<string, number>()
  let times: number[] = []
  let since = Date.now()

  const flush = (): void => {
    if (times.length === 0) return
    const sorted = times.sort((a, b) => a - b)
    const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
    const slowest = sorted[sorted.length - 1] ?? 0
    const classes = [...statuses]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, n]) => `${name} ${n}`)
      .join(', ')
    const seconds = Math.max(1, Math.round((Date.now() - since) / 1000))
    out.write(
      `${clock(Date.now())} INFO  ${sorted.length} request${sorted.length === 1 ? '' : 's'} in ${seconds} s ` +
        `(${classes}); median ${median} ms, slowest ${slowest} ms\n`,
    )
    statuses.clear()
    times = []
    since = Date.now()
  }
  const timer = setInterval(flush, intervalMs)
  timer.unref()

  return {
    write(line) {
      let entry: Record<string, unknown>
      try {
        entry = JSON.parse(line) as Record<string, unknown>
      } catch {
        out.write(line.endsWith('\n') ? line : `${line}\n`)
        return
      }
      if (entry.msg === REQUEST_MESSAGE && typeof entry.status === 'number') {
        if (times.length === 0) since = Date.now()
        const name = `${Math.floor(entry.status / 100)}xx`
        statuses.set(name, (statuses.get(name) ?? 0) + 1)
        times.push(typeof entry.ms === 'number' ? entry.ms : 0)
        return
      }
      const level = LEVELS[Number(entry.level)] ?? 'INFO '
      const fields = Object.entries(entry)
        .filter(([key]) => !STANDARD.has(key))
        .map(([key, value]) => `${key}=${show(value)}`)
      const text = [String(entry.msg ?? ''), ...fields].join(' ')
      out.write(`${clock(entry.time)} ${level} ${text}\n`)
    },
    flush,
    close() {
      flush()
      clearInterval(timer)
    },
  }
}
