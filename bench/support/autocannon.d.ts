// The part of autocannon 9's programmatic API the API benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  interface AutocannonRequest {
    method?: string
    path: string
    headers?: Record<string, string>
  }

  interface AutocannonOptions {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    timeout?: number
    requests?: AutocannonRequest[]
    headers?: Record<string, string>
  }

  interface AutocannonResult {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    resets: number
    statusCodeStats: Record<string, { count: number }>
    requests: { average: number; total: number }
    latency: { p50: number; p99: number; average: number }
  }

  interface Instance extends EventEmitter {
    stop(): void
    on(event: 'done', listener: (result: AutocannonResult) => void): this
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): this
    on(event: 'reqError', listener: (error: Error) => void): this
  }

  function autocannon(
    options: AutocannonOptions,
    callback?: (error: Error | null, result: AutocannonResult) => void,
  ): Instance

  export default autocannon
  export type { AutocannonOptions, AutocannonRequest, AutocannonResult, Instance }
}
