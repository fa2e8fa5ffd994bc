import { cp, mkdtemp } from 'node:fs/promises'
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
