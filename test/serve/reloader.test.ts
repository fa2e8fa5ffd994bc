import assert from 'node:assert/strict'
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { NextFunction, Request, Response } from 'express'
import { pino } from 'pino'
import { createApp } from '../../src/api/create-app.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { createReloader } from '../../src/serve/create-reloader.ts'
import type { Reloader } from '../../src/serve/create-reloader.ts'
import type { ReloadStatus } from '../../src/serve/reload-status.ts'
import { copyContent, listenLocal } from './support.ts'

interface Readiness {
  status: string
  contentHash: string
  reload: ReloadStatus
}

/** Requests with `x-hold: yes` wait in the app they started on until `release()` is called. */
function createHold() {
  let arrived: () => void = () => {}
  let release: () => void = () => {}
  const seen = new Promise<void>((done) => (arrived = done))
  const gate = new Promise<void>((done) => (release = done))
  const middleware = (req: Request, _res: Response, next: NextFunction) => {
    if (req.headers['x-hold'] !== 'yes') return next()
    arrived()
    void gate.then(() => next())
  }
  return { middleware, seen, release: () => release() }
}

describe('reloader: atomic swaps of a rebuilt graph', () => {
  let content: string
  let reloader: Reloader
  let close: () => Promise<void>
  let base: string
  const hold = createHold()
  const swapped: string[] = []

  before(async () => {
    content = await copyContent()
    const load = () => buildGraph({ content })
    reloader = createReloader({
      initial: await load(),
      load,
      logger: pino({ level: 'silent' }),
      createApp: (graph, status) =>
        createApp({
          graph,
          search: createSearchIndex(graph),
          status,
          beforeRoutes: [hold.middleware],
        }),
      onSwap: (graph) => swapped.push(graph.contentHash),
    })
    ;({ base, close } = await listenLocal(reloader.handler))
  })
  after(async () => {
    await close()
    await rm(join(content, '..'), { recursive: true, force: true })
  })

  const ready = async (): Promise<Readiness> =>
    (await (await fetch(`${base}/readyz`)).json()) as Readiness

  it('serves the new content hash after an edit, with new ETags', async () => {
    const before = await ready()
    const metaBefore = await fetch(`${base}/v1/meta`)
    const listBefore = await fetch(`${base}/v1/controls?owner=customer`)
    await appendFile(join(content, 'kms', 'security.md'), '\nYou must rotate the keys yourself.\n')
    assert.equal(await reloader.reload('test'), 'swapped')
    const afterEdit = await ready()
    assert.notEqual(afterEdit.contentHash, before.contentHash)
    assert.equal(afterEdit.reload.serving.contentHash, afterEdit.contentHash)
    assert.deepEqual(swapped, [afterEdit.contentHash])
    const metaAfter = await fetch(`${base}/v1/meta`)
    const body = (await metaAfter.json()) as { contentHash: string; reload: ReloadStatus }
    assert.equal(body.contentHash, afterEdit.contentHash)
    assert.equal(body.reload.swaps, 1)
    assert.notEqual(metaAfter.headers.get('etag'), metaBefore.headers.get('etag'))
    const listAfter = await fetch(`${base}/v1/controls?owner=customer`)
    assert.notEqual(listAfter.headers.get('etag'), listBefore.headers.get('etag'))
    // An ETag of the old graph no longer matches.
    const revalidate = await fetch(`${base}/v1/controls?owner=customer`, {
      headers: { 'if-none-match': listBefore.headers.get('etag') ?? '' },
    })
    assert.equal(revalidate.status, 200)
  })

  it('lets a request that started on the old graph finish on it', async () => {
    const old = (await ready()).contentHash
    const held = fetch(`${base}/v1/meta`, { headers: { 'x-hold': 'yes' } })
    await hold.seen
    await appendFile(join(content, 'kms', 'security.md'), '\nYou must review the key policy.\n')
    assert.equal(await reloader.reload('test'), 'swapped')
    const fresh = (await ready()).contentHash
    assert.notEqual(fresh, old)
    hold.release()
    const response = await held
    assert.equal(response.status, 200)
    assert.equal(((await response.json()) as { contentHash: string }).contentHash, old)
  })

  it('coalesces reloads requested while one runs into one more', async () => {
    const start = reloader.status().attempts
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => reloader.reload('burst')))
    assert.equal(reloader.status().attempts - start, 2)
    assert.deepEqual(new Set(outcomes), new Set(['unchanged']))
  })

  const brokenCases: {
    name: string
    breakIt: () => Promise<void>
    fixIt: () => Promise<void>
    code: string
    file: string
  }[] = [
    {
      name: 'an invalid annotation',
      code: 'annotation-unknown-owner',
      file: 'cloudhsm/update-management.md',
      breakIt: async () => {
        const file = join(content, 'cloudhsm', 'update-management.md')
        const text = await readFile(file, 'utf8')
        await writeFile(file, text.replace('kind=guarantee', 'owner=nobody kind=guarantee'))
      },
      fixIt: async () => {
        const file = join(content, 'cloudhsm', 'update-management.md')
        const text = await readFile(file, 'utf8')
        await writeFile(file, text.replace('owner=nobody ', ''))
      },
    },
    {
      name: 'a deleted root page',
      code: 'missing-root-page',
      file: 'kms',
      breakIt: async () => {
        const file = join(content, 'kms', 'security.md')
        await writeFile(`${file}.bak`, await readFile(file))
        await rm(file)
      },
      fixIt: async () => {
        const file = join(content, 'kms', 'security.md')
        await writeFile(file, await readFile(`${file}.bak`))
        await rm(`${file}.bak`)
      },
    },
    {
      name: 'an unreadable page (a folder named x.md)',
      code: 'unreadable-file',
      file: 'cloudhsm/x.md',
      breakIt: () => mkdir(join(content, 'cloudhsm', 'x.md')).then(() => undefined),
      fixIt: () => rm(join(content, 'cloudhsm', 'x.md'), { recursive: true }),
    },
  ]
  for (const broken of brokenCases) {
    it(`keeps serving the last good graph after ${broken.name}, reports it, recovers`, async () => {
      const good = await ready()
      const failuresBefore = reloader.status().failures
      await broken.breakIt()
      assert.equal(await reloader.reload('test'), 'failed')
      const now = await fetch(`${base}/readyz`)
      assert.equal(now.status, 200)
      const readiness = (await now.json()) as Readiness
      assert.equal(readiness.status, 'ready')
      assert.equal(readiness.contentHash, good.contentHash)
      assert.equal(readiness.reload.ok, false)
      assert.equal(readiness.reload.failures, failuresBefore + 1)
      const diagnostic = readiness.reload.failure?.diagnostics.find((d) => d.code === broken.code)
      assert.ok(diagnostic, `${broken.code} listed: ${JSON.stringify(readiness.reload.failure)}`)
      assert.equal(diagnostic.file, broken.file)
      assert.ok(diagnostic.line >= 1)
      const meta = (await (await fetch(`${base}/v1/meta`)).json()) as {
        contentHash: string
        reload: ReloadStatus
      }
      assert.equal(meta.contentHash, good.contentHash)
      assert.equal(meta.reload.ok, false)
      assert.ok(meta.reload.failure?.diagnostics.some((d) => d.code === broken.code))

      await broken.fixIt()
      assert.notEqual(await reloader.reload('test'), 'failed')
      const recovered = await ready()
      assert.equal(recovered.reload.ok, true)
      assert.equal(recovered.reload.failure, null)
      assert.equal(recovered.contentHash, good.contentHash)
    })
  }

  it('refuses a load that throws and keeps serving', async () => {
    const failing = createReloader({
      initial: reloader.graph(),
      load: () => Promise.reject(new Error('graph file is not valid JSON')),
      logger: pino({ level: 'silent' }),
      createApp: (graph, status) => createApp({ graph, status }),
    })
    assert.equal(await failing.reload('test'), 'failed')
    const status = failing.status()
    assert.equal(status.ok, false)
    assert.equal(status.failure?.error, 'graph file is not valid JSON')
    assert.equal(status.failures, 1)
    assert.equal(failing.graph(), reloader.graph())
  })
})
