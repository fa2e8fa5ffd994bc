import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_MAX_RESPONSE_BYTES, maxResponseBytes } from '../../src/api/max-response-bytes.ts'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { makeChangeFeed } from './support/make-change-feed.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault' })
const TOO_LARGE = 'https://secgraph.dev/problems/response-too-large'

/** Body sizes as served without a cap worth mentioning. */
const uncapped = client(createTestApp({ graph, changes: makeChangeFeed(graph) }))
const sizeOf = async (url: string) => {
  const res = await uncapped.get(url)
  assert.equal(res.status, 200, url)
  return Number(res.headers['content-length'])
}

describe('response size cap', () => {
  it('refuses /v1/graph over the cap with a problem naming the filter, serves it filtered', async () => {
    const full = await sizeOf('/v1/graph')
    const filtered = await sizeOf('/v1/graph?service=vault')
    assert.ok(filtered < full)
    const api = client(createTestApp({ graph, maxResponseBytes: full - 1 }))
    for (let i = 0; i < 2; i++) {
      // The second time the refusal is remembered: same answer.
      const res = await api.get('/v1/graph')
      assert.equal(res.status, 400)
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/)
      assert.equal(res.headers.etag, undefined)
      assert.equal(res.headers['cache-control'], 'no-store')
      assert.equal(res.body.type, TOO_LARGE)
      assert.equal(res.body.bytes, full)
      assert.equal(res.body.maxBytes, full - 1)
      assert.deepEqual(res.body.narrowWith, ['service'])
      assert.match(res.body.detail, /'service'/)
    }
    assert.equal((await api.get('/v1/graph?service=vault')).status, 200)
  })

  it('caps checklists, OSCAL exports and the Atom feed, in every format', async () => {
    const api = client(
      createTestApp({ graph, changes: makeChangeFeed(graph), maxResponseBytes: 64 }),
    )
    for (const url of [
      '/v1/checklists?service=vault',
      '/v1/checklists?service=vault&format=csv',
      '/v1/export/oscal/catalog',
      '/v1/export/oscal/component-definition?service=vault',
      '/v1/changes.atom',
    ]) {
      const res = await api.get(url)
      assert.equal(res.status, 400, url)
      assert.equal(res.body.type, TOO_LARGE, url)
      assert.ok(res.body.narrowWith.includes('service'), url)
    }
  })

  it('leaves paged and fixed-size resources alone', async () => {
    const api = client(createTestApp({ graph, maxResponseBytes: 64 }))
    for (const url of ['/v1/controls?limit=100', '/v1/meta', '/v1/services', '/v1']) {
      const res = await api.get(url)
      assert.equal(res.status, 200, url)
      assert.ok(Number(res.headers['content-length']) > 64, url)
    }
  })

  it('serves bodies up to the cap exactly', async () => {
    const full = await sizeOf('/v1/export/oscal/catalog')
    const api = client(createTestApp({ graph, maxResponseBytes: full }))
    assert.equal((await api.get('/v1/export/oscal/catalog')).status, 200)
  })

  it('reads MAX_RESPONSE_BYTES when the option is absent and refuses malformed values', () => {
    assert.equal(maxResponseBytes(undefined, {}), DEFAULT_MAX_RESPONSE_BYTES)
    assert.equal(DEFAULT_MAX_RESPONSE_BYTES, 50 * 1024 * 1024)
    assert.equal(
      maxResponseBytes(undefined, { MAX_RESPONSE_BYTES: '' }),
      DEFAULT_MAX_RESPONSE_BYTES,
    )
    assert.equal(maxResponseBytes(undefined, { MAX_RESPONSE_BYTES: '1048576' }), 1048576)
    assert.equal(maxResponseBytes(4096, { MAX_RESPONSE_BYTES: '1048576' }), 4096)
    for (const text of ['0', '-1', '1e6', '50MiB', ' 10'])
      assert.throws(
        () => maxResponseBytes(undefined, { MAX_RESPONSE_BYTES: text }),
        /MAX_RESPONSE_BYTES/,
      )
    assert.throws(() => maxResponseBytes(0), /positive integer/)
  })
})
