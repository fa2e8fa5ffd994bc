import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'

const api = client(createTestApp())

describe('ETag and conditional requests', () => {
  it('gives every GET a strong ETag and answers If-None-Match with 304', async () => {
    for (const url of [
      '/v1',
      '/v1/meta',
      '/v1/controls?owner=customer',
      '/v1/topics/vault.security',
      '/healthz',
    ]) {
      const first = await api.get(url)
      const etag = String(first.headers.etag)
      assert.match(String(etag), /^"[0-9a-f]{32}"$/, url)
      const again = await api.get(url, { 'If-None-Match': etag })
      assert.equal(again.status, 304, url)
      assert.equal(again.headers.etag, etag)
      assert.equal((await api.get(url, { 'If-None-Match': `"other", W/${etag}` })).status, 304)
      assert.equal((await api.get(url, { 'If-None-Match': '"other"' })).status, 200)
    }
  })

  it('differs between representations and ignores query order', async () => {
    const a = await api.get('/v1/controls?owner=customer&kind=requirement')
    const b = await api.get('/v1/controls?kind=requirement&owner=customer')
    const c = await api.get('/v1/controls?owner=shared,customer')
    const d = await api.get('/v1/controls?owner=customer,shared')
    assert.equal(a.headers.etag, b.headers.etag)
    assert.equal(c.headers.etag, d.headers.etag)
    assert.notEqual(a.headers.etag, c.headers.etag)
    assert.notEqual((await api.get('/v1/meta')).headers.etag, (await api.get('/v1')).headers.etag)
  })

  it('changes with the content hash', async () => {
    const other = client(
      createTestApp({
        graph: {
          ...(await import('../support/create-test-graph.ts')).createTestGraph({
            example: 'vault',
          }),
          contentHash: 'sha256:00',
        },
      }),
    )
    assert.notEqual(
      (await other.get('/v1/meta')).headers.etag,
      (await api.get('/v1/meta')).headers.etag,
    )
  })

  it('sets Cache-Control: configurable, private with auth, no-store for probes and errors', async () => {
    assert.equal((await api.get('/v1/meta')).headers['cache-control'], 'public, max-age=60')
    const custom = client(createTestApp({ cacheControl: 'public, max-age=5' }))
    assert.equal((await custom.get('/v1/meta')).headers['cache-control'], 'public, max-age=5')
    const authed = client(createTestApp({ auth: { tokens: ['t'] } }))
    const res = await authed.get('/v1/meta', { Authorization: 'Bearer t' })
    assert.equal(res.headers['cache-control'], 'private, max-age=60')
    assert.equal((await api.get('/readyz')).headers['cache-control'], 'no-store')
    assert.equal((await api.get('/v1/nope')).headers['cache-control'], 'no-store')
  })
})

describe('HEAD', () => {
  it('works wherever GET does, with the same headers and no body', async () => {
    for (const url of [
      '/v1',
      '/v1/controls?limit=2',
      '/v1/controls/vault.compliance.soc-reports-ggg777',
      '/openapi.json',
    ]) {
      const get = await api.get(url)
      const head = await api.head(url)
      assert.equal(head.status, 200)
      assert.equal(head.headers.etag, get.headers.etag)
      assert.equal(head.headers['content-length'], get.headers['content-length'])
      assert.equal(head.headers.link, get.headers.link)
    }
    assert.equal((await api.head('/v1/controls/nope')).status, 404)
  })
})

describe('security headers and request ids', () => {
  it('sends helmet headers on every response', async () => {
    for (const url of ['/v1', '/v1/nope']) {
      const res = await api.get(url)
      assert.equal(res.headers['x-content-type-options'], 'nosniff')
      assert.match(String(res.headers['content-security-policy']), /default-src 'none'/)
      assert.ok(res.headers['strict-transport-security'])
      assert.equal(res.headers['x-powered-by'], undefined)
    }
  })

  it('honours a safe X-Request-Id and generates one otherwise', async () => {
    assert.equal(
      (await api.get('/v1', { 'X-Request-Id': 'abc-123' })).headers['x-request-id'],
      'abc-123',
    )
    const generated = (await api.get('/v1', { 'X-Request-Id': 'bad id\u00e9' })).headers[
      'x-request-id'
    ]
    assert.match(String(generated), /^[0-9a-f-]{36}$/)
    const problem = await api.get('/v1/nope', { 'X-Request-Id': 'req-9' })
    assert.equal(problem.body.requestId, 'req-9')
  })

  it('logs one JSON line per request with the request id', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const logged = client(createTestApp({ logger: pino({ level: 'info' }, sink) }))
    await logged.get('/v1/meta?', { 'X-Request-Id': 'log-1' })
    await new Promise((resolve) => setImmediate(resolve))
    const entry = JSON.parse(lines.find((l) => l.includes('log-1')) ?? '{}')
    assert.equal(entry.requestId, 'log-1')
    assert.equal(entry.status, 200)
    assert.equal(entry.method, 'GET')
    assert.equal(typeof entry.ms, 'number')
  })
})

describe('CORS', () => {
  const cors = client(createTestApp({ cors: { origins: ['https://portal.example.com'] } }))

  it('allows listed origins on actual requests and exposes ETag and Link', async () => {
    const res = await cors.get('/v1/controls?limit=1', { Origin: 'https://portal.example.com' })
    assert.equal(res.headers['access-control-allow-origin'], 'https://portal.example.com')
    assert.match(String(res.headers['access-control-expose-headers']), /ETag/)
    assert.match(String(res.headers['access-control-expose-headers']), /Link/)
    assert.match(String(res.headers.vary), /Origin/)
    const other = await cors.get('/v1', { Origin: 'https://evil.example.com' })
    assert.equal(other.status, 200)
    assert.equal(other.headers['access-control-allow-origin'], undefined)
  })

  it('answers an allowed preflight with 204 and the allowed methods and headers', async () => {
    const res = await cors.send('OPTIONS', '/v1/controls', {
      Origin: 'https://portal.example.com',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization, if-none-match',
    })
    assert.equal(res.status, 204)
    assert.equal(res.headers['access-control-allow-origin'], 'https://portal.example.com')
    assert.match(String(res.headers['access-control-allow-methods']), /GET/)
    assert.match(String(res.headers['access-control-allow-headers']), /Authorization/)
    assert.match(String(res.headers['access-control-allow-headers']), /If-None-Match/)
  })

  it('denies a preflight from another origin with a 403 problem', async () => {
    const res = await cors.send('OPTIONS', '/v1/controls', {
      Origin: 'https://evil.example.com',
      'Access-Control-Request-Method': 'GET',
    })
    assert.equal(res.status, 403)
    assert.equal(res.body.type, 'https://secgraph.dev/problems/forbidden-origin')
    assert.equal(res.headers['access-control-allow-origin'], undefined)
  })

  it('allows any origin with *', async () => {
    const any = client(createTestApp({ cors: { origins: ['*'] } }))
    const res = await any.get('/v1', { Origin: 'https://anywhere.example' })
    assert.equal(res.headers['access-control-allow-origin'], '*')
    const preflight = await any.send('OPTIONS', '/v1', {
      Origin: 'https://anywhere.example',
      'Access-Control-Request-Method': 'GET',
    })
    assert.equal(preflight.status, 204)
  })

  it('sends no CORS headers when not configured; plain OPTIONS lists the methods', async () => {
    const res = await api.get('/v1', { Origin: 'https://portal.example.com' })
    assert.equal(res.headers['access-control-allow-origin'], undefined)
    const options = await api.send('OPTIONS', '/v1/meta')
    assert.equal(options.status, 204)
    assert.equal(options.headers.allow, 'GET, HEAD, OPTIONS')
  })
})

describe('bearer-token auth', () => {
  const authed = client(createTestApp({ auth: { tokens: ['s3cret-token', 'other'] } }))

  it('is off by default', async () => {
    assert.equal((await api.get('/v1/meta')).status, 200)
  })

  it('rejects a missing or wrong token with 401 problem+json and WWW-Authenticate', async () => {
    const missing = await authed.get('/v1/meta')
    assert.equal(missing.status, 401)
    assert.equal(missing.body.type, 'https://secgraph.dev/problems/unauthorized')
    assert.equal(missing.headers['www-authenticate'], 'Bearer realm="secgraph"')
    for (const header of [
      'Bearer wrong',
      'Bearer s3cret-toke',
      'Basic czNjcmV0LXRva2Vu',
      'Bearer',
    ]) {
      const res = await authed.get('/v1/meta', { Authorization: header })
      assert.equal(res.status, 401, header)
    }
    const wrong = await authed.get('/v1/meta', { Authorization: 'Bearer wrong' })
    assert.match(String(wrong.headers['www-authenticate']), /error="invalid_token"/)
  })

  it('accepts any configured token', async () => {
    assert.equal(
      (await authed.get('/v1/meta', { Authorization: 'Bearer s3cret-token' })).status,
      200,
    )
    assert.equal((await authed.get('/v1/meta', { Authorization: 'bearer other' })).status, 200)
  })

  it('keeps health, readiness, the document and preflights open', async () => {
    for (const url of ['/healthz', '/readyz', '/openapi.json']) {
      assert.equal((await authed.get(url)).status, 200, url)
    }
    const preflight = await authed.send('OPTIONS', '/v1/meta')
    assert.equal(preflight.status, 204)
  })
})

describe('problem+json errors', () => {
  it('400 lists every invalid parameter at once', async () => {
    const long = 'a'.repeat(201)
    const res = await api.get(
      `/v1/controls?owner=nobody&kind=requirement,wish&limit=1000&cursor=!!&q=${long}&colour=red&sort=random&facets=maybe`,
    )
    assert.equal(res.status, 400)
    assert.equal(res.body.type, 'https://secgraph.dev/problems/invalid-parameters')
    const names = res.body['invalid-params'].map((p: { name: string }) => p.name).sort()
    assert.deepEqual(names, ['colour', 'cursor', 'facets', 'kind', 'limit', 'owner', 'q', 'sort'])
    for (const param of res.body['invalid-params']) {
      assert.equal(param.in, 'query')
      assert.ok(param.reason.length > 0)
    }
    const byName = Object.fromEntries(
      res.body['invalid-params'].map((p: { name: string; reason: string }) => [p.name, p.reason]),
    )
    assert.equal(byName.colour, 'unknown parameter')
    assert.match(byName.owner, /unknown owner: "nobody"; valid: provider, customer, shared/)
    assert.match(byName.kind, /"wish"/)
    assert.match(byName.q, /at most 200/)
  })

  it('400 for a repeated single-valued parameter and a broken path encoding', async () => {
    const res = await api.get('/v1/controls?limit=1&limit=2')
    assert.equal(res.status, 400)
    assert.deepEqual(res.body['invalid-params'], [
      { name: 'limit', in: 'query', reason: 'must be given at most once' },
    ])
    const broken = await api.get('/v1/controls/%E0%A4%A')
    assert.equal(broken.status, 400)
    assert.equal(broken.body.type, 'https://secgraph.dev/problems/bad-request')
  })

  it('404 for unknown paths', async () => {
    for (const url of ['/', '/v2', '/v1/controls/a/b', '/v1/unknown']) {
      const res = await api.get(url)
      assert.equal(res.status, 404, url)
      assert.equal(res.body.type, 'https://secgraph.dev/problems/not-found')
    }
  })

  it('405 with Allow for other methods on known paths', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await api.send(method, '/v1/controls')
      assert.equal(res.status, 405)
      assert.equal(res.headers.allow, 'GET, HEAD, OPTIONS')
      assert.equal(res.body.type, 'https://secgraph.dev/problems/method-not-allowed')
    }
    assert.equal((await api.send('POST', '/v1/nothing-here')).status, 404)
  })

  it('406 when Accept excludes JSON; JSON-compatible Accept headers are served', async () => {
    for (const accept of ['text/html', 'application/xml', 'application/json;q=0']) {
      const res = await api.get('/v1/meta', { Accept: accept })
      assert.equal(res.status, 406, accept)
      assert.equal(res.body.type, 'https://secgraph.dev/problems/not-acceptable')
    }
    for (const accept of ['application/*', 'text/html, application/json;q=0.5', '*/*;q=0.1']) {
      assert.equal((await api.get('/v1/meta', { Accept: accept })).status, 200, accept)
    }
  })

  it('500 hides the failure and logs it with the request id', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const failing = client(
      createTestApp({
        logger: pino({ level: 'error' }, sink),
        beforeRoutes: [
          () => {
            throw new Error('database password is hunter2')
          },
        ],
      }),
    )
    const res = await failing.get('/v1/meta', { 'X-Request-Id': 'boom-1' })
    assert.equal(res.status, 500)
    assert.equal(res.body.type, 'https://secgraph.dev/problems/internal')
    assert.doesNotMatch(res.text, /hunter2/)
    assert.match(res.body.detail, /boom-1/)
    await new Promise((resolve) => setImmediate(resolve))
    const entry = JSON.parse(lines.find((l) => l.includes('boom-1')) ?? '{}')
    assert.match(entry.err.message, /hunter2/)
  })

  it('500 when the search index fails mid-request', async () => {
    const { createTestGraph } = await import('../support/create-test-graph.ts')
    const { createSearchIndex } = await import('../../src/search/create-search-index.ts')
    const graph = createTestGraph({ example: 'vault' })
    const real = createSearchIndex(graph)
    const broken = client(
      createTestApp({
        graph,
        search: {
          ...real,
          controls: () => {
            throw new Error('index corrupted')
          },
        },
      }),
    )
    const res = await broken.get('/v1/controls?q=keys')
    assert.equal(res.status, 500)
    assert.doesNotMatch(res.text, /corrupted/)
  })
})

describe('extra resources', () => {
  it('plug in with their own path in the document and negotiate several media types', async () => {
    const { loadOpenApiDocument } = await import('../../src/api/load-openapi-document.ts')
    const document = structuredClone(loadOpenApiDocument())
    const problem = { $ref: '#/components/responses/NotAcceptable' }
    ;(document.paths as Record<string, unknown>)['/v1/things/{thingId}'] = {
      get: {
        operationId: 'getThing',
        summary: 'A thing',
        parameters: [
          { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['short', 'long'] } },
        ],
        responses: { '200': { description: 'ok' }, '406': problem },
      },
    }
    const app = createTestApp({
      document,
      routes: [
        () => [
          {
            path: '/v1/things/{thingId}',
            mediaTypes: ['application/json', 'text/csv'],
            handle: ({ path, query }, mediaType) =>
              mediaType === 'text/csv'
                ? {
                    body: Buffer.from(`id\n${path.thingId}\n`),
                    contentType: 'text/csv; charset=utf-8',
                    headers: { 'Content-Disposition': 'attachment; filename="thing.csv"' },
                  }
                : {
                    body: Buffer.from(
                      JSON.stringify({ id: path.thingId, format: query.format ?? null }),
                    ),
                  },
          },
        ],
      ],
    })
    const { default: request } = await import('supertest')
    const json = await request(app).get('/v1/things/t1?format=short')
    assert.equal(json.status, 200)
    assert.deepEqual(json.body, { id: 't1', format: 'short' })
    const csv = await request(app).get('/v1/things/t1?format=short').set('Accept', 'text/csv')
    assert.equal(csv.text, 'id\nt1\n')
    assert.match(String(csv.headers['content-type']), /^text\/csv/)
    assert.equal(csv.headers['content-disposition'], 'attachment; filename="thing.csv"')
    assert.match(String(csv.headers.vary), /Accept/)
    assert.notEqual(csv.headers.etag, json.headers.etag)
    assert.equal((await request(app).get('/v1/things/t1').set('Accept', 'image/png')).status, 406)
    assert.equal((await request(app).get('/v1/things/t1?format=wide')).status, 400)
    const again = await request(app)
      .get('/v1/things/t1?format=short')
      .set('Accept', 'text/csv')
      .set('If-None-Match', String(csv.headers.etag))
    assert.equal(again.status, 304)
  })
})
