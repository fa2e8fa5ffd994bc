import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { CpuReply, ServerKind, ServerMessage } from './server-kind.ts'

export interface BenchServer {
  kind: ServerKind
  url: string
  pid: number
  /** CPU time (user + system, µs) the server process has used so far. */
  cpuMicros(): Promise<number>
  /** SIGTERM, then SIGKILL if the child has not exited within 5 s. */
  stop(): Promise<void>
}

export interface StartOptions {
  /** Graph file (for `ours`). */
  graphFile?: string
  /** Write a V8 CPU profile of the child into this directory when it exits. */
  cpuProfileDir?: string
  /** How long the child may take to listen (default 120 s: `ours` loads and indexes the graph). */
  timeoutMs?: number
}

const script = fileURLToPath(new URL('./api-bench-server.ts', import.meta.url))
const children = new Set<ChildProcess>()

// Whatever happens to the benchmark, its servers go with it.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})

/** Starts one benchmark server in its own process and resolves once it listens. */
export function startServer(kind: ServerKind, options: StartOptions = {}): Promise<BenchServer> {
  const execArgv = ['--import', 'tsx']
  if (options.cpuProfileDir !== undefined)
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`)
  const args = options.graphFile === undefined ? [kind] : [kind, options.graphFile]
  const child = fork(script, args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  children.add(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  void exited.then(() => children.delete(child))

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }

  const cpuMicros = () =>
    new Promise<number>((resolve) => {
      child.once('message', (reply: CpuReply) => resolve(reply.cpuMicros))
      child.send('cpu')
    })

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(
        new Error(`the ${kind} server did not start within ${options.timeoutMs ?? 120_000} ms`),
      )
    }, options.timeoutMs ?? 120_000)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the ${kind} server exited before listening (${signal ?? `code ${code}`})`))
    })
    child.once('message', (message: ServerMessage) => {
      clearTimeout(timer)
      resolve({ kind, url: message.url, pid: message.pid, cpuMicros, stop })
    })
  })
}
