import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { startingHandler } from '../../src/api/starting-handler.ts'

describe('startingHandler (listening, no graph yet)', () => {
  const server = createServer(startingHandler)
  let base = ''
  before(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((done) => server.close(() => done())))

  it('answers /healthz 200: alive, so a liveness probe leaves it be', async () => {
    const res = await fetch(`${base}/healthz?probe=1`)
    assert.equal(res.status, 200)
    assert.deepEqual(await res.json(), { status: 'ok' })
    assert.equal(res.headers.get('cache-control'), 'no-store')
  })

  for (const path of ['/readyz', '/v1/controls?q=keys', '/']) {
    it(`answers ${path} 503 starting, with Retry-After`, async () => {
      const res = await fetch(base + path)
      assert.equal(res.status, 503)
      assert.equal(res.headers.get('retry-after'), '1')
      assert.equal(res.headers.get('cache-control'), 'no-store')
      const body = (await res.json()) as Record<string, unknown>
      assert.equal(body.type, 'https://secgraph.dev/problems/starting')
      assert.equal(body.status, 503)
      assert.equal(body.instance, path)
    })
  }

  it('answers HEAD without a body', async () => {
    const res = await fetch(`${base}/readyz`, { method: 'HEAD' })
    assert.equal(res.status, 503)
    assert.equal(await res.text(), '')
  })
})
