import type { AddressInfo } from 'node:net'
import { cp, mkdtemp } from 'node:fs/promises'
import express from 'express'
import type { RequestHandler } from 'express'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const projectRoot = resolve(new URL('../..', import.meta.url).pathname)

/** A private copy of the project's small content folder (2 services), free to edit. */
export async function copyContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'secgraph-serve-'))
  const content = join(dir, 'content')
  await cp(join(projectRoot, 'content'), content, { recursive: true })
  return content
}

/** Polls `check` until it returns a value (not undefined), or fails after `ms`. */
export async function until<T>(
  check: () => Promise<T | undefined>,
  what: string,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

/** Serves `handler` on a free local port: its base URL, and `close` dropping open connections. */
export async function listenLocal(
  handler: RequestHandler,
): Promise<{ base: string; close: () => Promise<void> }> {
  const outer = express()
  outer.use(handler)
  const server = outer.listen(0, '127.0.0.1')
  await new Promise((done) => server.once('listening', done))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    },
  }
}
