import autocannon from 'autocannon'
import type { AutocannonRequest } from 'autocannon'
import { percentile } from './stats.ts'

export interface LoadOptions {
  url: string
  /** Paths cycled in order by every connection. */
  paths: readonly string[]
  connections: number
  /** Seconds. */
  duration: number
}

export interface LoadResult {
  /** Completed 2xx responses per second. */
  rps: number
  /** Milliseconds, from every 2xx response's own timing (autocannon's histogram rounds to 1 ms). */
  p50: number
  p99: number
  responses: number
  /** Responses that were not 2xx, plus socket errors and timeouts: any of these spoils the run. */
  failures: number
  statuses: Record<string, number>
}

/**
 * One autocannon run over keep-alive connections. Latencies are recorded per response with
 * sub-millisecond precision, since at these speeds a p99 of 1 or 2 ms would make ratios meaningless.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const requests: AutocannonRequest[] = options.paths.map((path) => ({
    method: 'GET',
    path,
    headers: { accept: 'application/json' },
  }))
  let latencies = new Float64Array(1 << 16)
  let count = 0
  let failures = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        timeout: 10,
        requests,
      },
      (error, result) => {
        if (error) {
          reject(error)
          return
        }
        const sorted = latencies.subarray(0, count).sort()
        const statuses: Record<string, number> = {}
        for (const [status, { count: n }] of Object.entries(result.statusCodeStats))
          statuses[status] = n
        resolve({
          rps: count / result.duration,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          responses: count,
          failures: failures + result.errors + result.timeouts,
          statuses,
        })
      },
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) {
        failures++
        return
      }
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2)
        grown.set(latencies)
        latencies = grown
      }
      latencies[count++] = responseTime
    })
  })
}
