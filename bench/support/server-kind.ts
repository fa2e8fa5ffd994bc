/**
 * Which server a benchmark child runs: our API (as served, or with its response cache off so every
 * request does the full work), bare Express 5, or bare node:http.
 */
export type ServerKind = 'ours' | 'ours-uncached' | 'express' | 'http'

/** What a benchmark child sends its parent once it listens. */
export interface ServerMessage {
  kind: ServerKind
  url: string
  pid: number
}

/** Asked by the parent around each run: CPU time (user + system) the child has used so far. */
export interface CpuReply {
  cpuMicros: number
}
