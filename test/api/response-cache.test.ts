import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createResponseCache } from '../../src/api/response-cache.ts'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'

const answer = (text: string) => ({ body: Buffer.from(text), etag: `"${text.length}"` })

describe('createResponseCache', () => {
  it('keeps answers until the byte budget is exceeded, evicting the least recently used', () => {
    const cache = createResponseCache(8 * 1024)
    cache.set('/a', answer('a'.repeat(400)))
    cache.set('/b', answer('b'.repeat(400)))
    assert.ok(cache.get('/a'))
    for (let i = 0; i < 20; i++) cache.set(`/fill-${i}`, answer('x'.repeat(400)))
    assert.equal(cache.get('/b'), undefined)
    assert.ok(cache.get('/fill-19'))
  })

  it('never stores an answer larger than an eighth of the budget, nor anything with budget 0', () => {
    const small = createResponseCache(1024)
    small.set('/big', answer('x'.repeat(200)))
    assert.equal(small.get('/big'), undefined)
    const none = createResponseCache(0)
    none.set('/a', answer('a'))
    assert.equal(none.get('/a'), undefined)
  })
})

describe('the app with and without the response cache', () => {
  it('answers the same bodies and ETags', async () => {
    const cached = client(createTestApp())
    const uncached = client(createTestApp({ responseCacheBytes: 0 }))
    for (const url of [
      '/v1/controls?q=keys&limit=3',
      '/v1/controls?q=keys&limit=3',
      '/v1/topics?view=tree',
      '/v1/meta',
    ]) {
      const [a, b] = [await cached.get(url), await uncached.get(url)]
      assert.equal(a.text, b.text)
      assert.equal(a.headers.etag, b.headers.etag)
      assert.equal(a.headers.link, b.headers.link)
    }
    // Errors are never cached: a bad request stays bad, a good one stays good.
    assert.equal((await cached.get('/v1/controls?limit=0')).status, 400)
    assert.equal((await cached.get('/v1/controls?limit=0')).status, 400)
  })
})
