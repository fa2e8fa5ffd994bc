import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Control } from '../../src/model/index.ts'
import { client } from './support/client.ts'
import type { Client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault' })
const api = client(createTestApp({ graph }))
const withoutSearch = client(createTestApp({ graph, search: undefined }))

interface Page {
  items: (Control & { score?: number; snippet?: string })[]
  total: number
  limit: number
  sort: string
  next: string | null
  prev: string | null
  facets?: Record<string, Record<string, number>>
}

async function page(url: string, on: Client = api): Promise<Page> {
  const res = await on.get(url)
  assert.equal(res.status, 200, res.text)
  return res.body as Page
}

const ids = (p: Page) => p.items.map((c) => c.id)
const expected = (keep: (c: Control) => boolean) => graph.controls.filter(keep).map((c) => c.id)

describe('GET /v1/controls filters', () => {
  const cases: [string, (c: Control) => boolean][] = [
    ['service=queue', (c) => c.service === 'queue'],
    ['topic=vault.data-protection', (c) => c.topic === 'vault.data-protection'],
    ['owner=customer', (c) => c.owner === 'customer'],
    ['kind=guarantee', (c) => c.kind === 'guarantee'],
    ['program=pci-dss', (c) => c.programs.includes('pci-dss')],
    ['origin=annotated', (c) => c.origin === 'annotated'],
    // OR within one filter, comma-separated or repeated.
    ['owner=customer,shared', (c) => c.owner !== 'provider'],
    ['owner=customer&owner=shared', (c) => c.owner !== 'provider'],
    ['kind=guarantee,capability', (c) => c.kind === 'guarantee' || c.kind === 'capability'],
    [
      'program=soc-2,fips-140-2',
      (c) => c.programs.some((p) => p === 'soc-2' || p === 'fips-140-2'),
    ],
    // AND across filters.
    ['service=vault&owner=provider', (c) => c.service === 'vault' && c.owner === 'provider'],
    [
      'owner=provider&kind=guarantee&program=pci-dss',
      (c) => c.owner === 'provider' && c.kind === 'guarantee' && c.programs.includes('pci-dss'),
    ],
    [
      'service=vault,queue&origin=inferred&kind=requirement',
      (c) => c.origin === 'inferred' && c.kind === 'requirement',
    ],
    [
      'topic=queue.security&owner=customer',
      (c) => c.topic === 'queue.security' && c.owner === 'customer',
    ],
    ['service=VAULT&owner=Customer', (c) => c.service === 'vault' && c.owner === 'customer'],
    ['owner=', () => true],
  ]
  for (const [query, keep] of cases) {
    it(`${query} selects the matching controls in document order`, async () => {
      const result = await page(`/v1/controls?${query}&limit=100`)
      assert.deepEqual(ids(result), expected(keep))
      assert.equal(result.total, expected(keep).length)
      assert.equal(result.sort, 'document')
      // The same without a search index (plain filtering): identical answers.
      assert.deepEqual(
        ids(await page(`/v1/controls?${query}&limit=100`, withoutSearch)),
        expected(keep),
      )
    })
  }
})

describe('GET /v1/controls with q', () => {
  it('ranks by relevance and carries escaped, highlighted snippets', async () => {
    const result = await page('/v1/controls?q=tls')
    assert.equal(result.sort, 'relevance')
    const [first] = result.items
    assert.ok(first)
    assert.equal(first.id, 'vault.data-protection.encryption-transit.use-tls-ddd444')
    assert.equal(typeof first.score, 'number')
    // The statement holds `<always>`: it must come back escaped, with only <mark> as markup.
    assert.match(first.snippet ?? '', /<mark>TLS<\/mark>/)
    assert.match(first.snippet ?? '', /&lt;always&gt;/)
    assert.doesNotMatch((first.snippet ?? '').replace(/<\/?mark>/g, ''), /[<>]/)
  })

  it('combines q with filters', async () => {
    const all = await page('/v1/controls?q=encrypted&limit=100')
    const filtered = await page('/v1/controls?q=encrypted&service=queue&limit=100')
    assert.ok(filtered.total > 0 && filtered.total < all.total)
    assert.ok(filtered.items.every((c) => c.service === 'queue'))
  })

  it('sort=document keeps the matches but in document order', async () => {
    const relevance = await page('/v1/controls?q=keys&limit=100')
    const document = await page('/v1/controls?q=keys&sort=document&limit=100')
    assert.deepEqual([...ids(document)].sort(), [...ids(relevance)].sort())
    const order = graph.controls.map((c) => c.id)
    const positions = ids(document).map((id) => order.indexOf(id))
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
    )
    assert.equal(document.sort, 'document')
  })

  it('answers 503 for q without a search index', async () => {
    const res = await withoutSearch.get('/v1/controls?q=keys')
    assert.equal(res.status, 503)
    assert.equal(res.body.type, 'https://secgraph.dev/problems/search-unavailable')
  })
})

describe('pagination', () => {
  for (const [query, limit] of [
    ['', 1],
    ['', 5],
    ['owner=customer,provider', 3],
    ['q=encrypted', 1],
    ['q=keys&sort=document', 2],
  ] as const) {
    it(`walks ${query || 'everything'} by ${limit} to the end, no gaps or duplicates`, async () => {
      const everything = await page(`/v1/controls?${query}&limit=100`)
      const seen: string[] = []
      let url: string | null = `/v1/controls?${query}&limit=${limit}`
      let pages = 0
      let previous: Page | null = null
      while (url) {
        const res = await api.get(url)
        const current = res.body as Page
        assert.ok(current.items.length <= limit)
        assert.equal(current.total, everything.total)
        seen.push(...ids(current))
        // Link header mirrors the body's cursors.
        const link = String(res.headers.link ?? '')
        assert.equal(link.includes('rel="next"'), current.next !== null)
        assert.equal(link.includes('rel="prev"'), current.prev !== null)
        if (previous && current.prev) {
          const back = await page(`/v1/controls?${query}&limit=${limit}&cursor=${current.prev}`)
          assert.deepEqual(ids(back), ids(previous))
        }
        previous = current
        const nextLink = /<([^>]+)>; rel="next"/.exec(link)?.[1]
        url = nextLink ?? null
        if (++pages > 100) assert.fail('too many pages')
      }
      assert.deepEqual(seen, ids(everything))
      assert.equal(new Set(seen).size, seen.length)
      assert.equal(pages, Math.max(1, Math.ceil(everything.total / limit)))
    })
  }

  it('defaults to 20 per page and rejects limits out of range', async () => {
    assert.equal((await page('/v1/controls')).limit, 20)
    for (const limit of ['0', '101', '-1', 'ten', '2.5']) {
      const res = await api.get(`/v1/controls?limit=${limit}`)
      assert.equal(res.status, 400, limit)
      assert.equal(res.body['invalid-params'][0].name, 'limit')
    }
  })

  it('rejects a cursor from another query, and a malformed one', async () => {
    const first = await page('/v1/controls?owner=customer&limit=2')
    assert.ok(first.next)
    const foreign = await api.get(`/v1/controls?owner=provider&limit=2&cursor=${first.next}`)
    assert.equal(foreign.status, 400)
    assert.equal(foreign.body['invalid-params'][0].name, 'cursor')
    // Page size may change between pages: the cursor is about the result set.
    assert.equal(
      (await api.get(`/v1/controls?owner=customer&limit=3&cursor=${first.next}`)).status,
      200,
    )
    for (const cursor of [
      'nope!',
      'bm9wZQ',
      Buffer.from('{"o":-1,"f":"ab"}').toString('base64url'),
    ]) {
      const res = await api.get(`/v1/controls?cursor=${encodeURIComponent(cursor)}`)
      assert.equal(res.status, 400, cursor)
      assert.equal(res.body['invalid-params'][0].name, 'cursor')
    }
  })
})

describe('facets', () => {
  const sum = (counts: Record<string, number> = {}) =>
    Object.values(counts).reduce((a, b) => a + b, 0)

  for (const query of [
    '',
    'owner=customer',
    'q=encrypted',
    'service=vault&kind=guarantee,requirement',
  ]) {
    it(`add up to the total for ${query || 'everything'}`, async () => {
      const result = await page(`/v1/controls?${query}&facets=true&limit=1`)
      const facets = result.facets
      assert.ok(facets)
      for (const name of ['owner', 'kind', 'origin', 'topic', 'service']) {
        assert.equal(sum(facets[name]), result.total, name)
      }
      // Each program count equals what filtering by that program returns.
      for (const [program, count] of Object.entries(facets.program ?? {})) {
        const sep = query ? '&' : ''
        const narrowed = await page(`/v1/controls?${query}${sep}program=${program}&limit=1`)
        assert.equal(narrowed.total, count, program)
      }
    })
  }

  it('are absent unless asked for', async () => {
    assert.equal((await page('/v1/controls')).facets, undefined)
    assert.equal((await page('/v1/controls?facets=false')).facets, undefined)
  })
})
