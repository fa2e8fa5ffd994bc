import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'

describe('CORS and shared caches', () => {
  it('with *, sends Access-Control-Allow-Origin even to requests without Origin', async () => {
    // A shared cache may store this answer and hand it to a cross-origin widget later.
    const any = client(createTestApp({ cors: { origins: ['*'] } }))
    for (const url of ['/v1', '/v1/checklists?service=vault', '/v1/no-such-thing']) {
      const res = await any.get(url)
      assert.equal(res.headers['access-control-allow-origin'], '*', url)
      assert.match(String(res.headers['access-control-expose-headers']), /ETag/, url)
      assert.match(String(res.headers['access-control-expose-headers']), /Content-Disposition/, url)
    }
  })

  it('with an allow-list, always varies on Origin, with or without one, errors too', async () => {
    const listed = client(createTestApp({ cors: { origins: ['https://portal.example.com'] } }))
    const cases: [string, Record<string, string>][] = [
      ['/v1', {}],
      ['/v1', { Origin: 'https://evil.example.com' }],
      ['/v1', { Origin: 'https://portal.example.com' }],
      ['/v1/no-such-thing', {}],
      ['/v1/controls?limit=0', { Origin: 'https://portal.example.com' }],
    ]
    for (const [url, headers] of cases) {
      const res = await listed.get(url, headers)
      const vary = String(res.headers.vary ?? '')
        .split(',')
        .map((v) => v.trim())
      assert.ok(vary.includes('Origin'), `${url} ${JSON.stringify(headers)}: Vary ${vary.join()}`)
    }
    const checklist = await listed.get('/v1/checklists?service=vault', {})
    assert.match(String(checklist.headers.vary), /Origin.*Accept|Accept.*Origin/)
    assert.equal((await listed.get('/v1', {})).headers['access-control-allow-origin'], undefined)
  })
})
