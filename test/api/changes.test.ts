import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { before, describe, it } from 'node:test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { createChangeFeed } from '../../src/diff/index.ts'
import type { Graph } from '../../src/model/index.ts'
import { sharedRoot, skipUnless, upstreamGuide } from '../support/shared-corpus.ts'
import type { Client } from './support/client.ts'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { makeBaselineGraph, makeChangeFeed } from './support/make-change-feed.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault' })
const api = client(createTestApp({ graph, changes: makeChangeFeed(graph) }))
const baseline = makeBaselineGraph()

interface Entry {
  change: { id: string; type: string; node: string; service: string }
  from: string
  to: string
}

const ids = (body: { items: Entry[] }) => body.items.map((e) => e.change.id)

const ALL = [
  'control.removed.queue.security.rotate-credentials-zzz000',
  'control.modified.queue.security.messages-encrypted-iii999',
  'control.added.vault.logging.enable-audit-logs-hhh888',
  'control.modified.vault.data-protection.encryption-transit.shared-certs-eee555',
]

/** The fixture after one more edit, as `serve --watch` would reload it. */
function reloadedGraph(): Graph {
  const next = structuredClone(graph)
  next.controls = next.controls.map((c) =>
    c.id === 'vault.compliance.soc-reports-ggg777' ? { ...c, owner: 'shared' as const } : c,
  )
  next.contentHash = 'sha256:' + 'ef'.repeat(32)
  next.builtAt = '2026-11-29T08:00:00.000Z'
  return next
}

describe('without a baseline', () => {
  const plain = client(createTestApp({ graph }))
  for (const path of ['/v1/changes', '/v1/changes.atom']) {
    it(`${path} answers 404 saying how to start the server`, async () => {
      const res = await plain.get(path)
      assert.equal(res.status, 404)
      assert.equal(res.body.type, 'https://secgraph.dev/problems/not-found')
      assert.match(res.body.detail, /--baseline/)
    })
  }
})

describe('GET /v1/changes', () => {
  it('lists every change from the baseline to the served graph', async () => {
    const res = await api.get('/v1/changes')
    assert.equal(res.status, 200)
    assert.equal(res.body.from, baseline.contentHash)
    assert.equal(res.body.to, graph.contentHash)
    assert.equal(res.body.baseline, baseline.contentHash)
    assert.deepEqual(res.body.revisions, [baseline.contentHash, graph.contentHash])
    assert.equal(res.body.total, 4)
    assert.deepEqual(ids(res.body), ALL)
    const owner = res.body.items[3].change
    assert.deepEqual(owner.fields, [{ field: 'owner', before: 'customer', after: 'shared' }])
    assert.equal(owner.before.sources[0].file, 'vault/data-protection.md')
  })

  it('filters by service, owner, program and change type (AND across, OR within)', async () => {
    const cases: [string, string[]][] = [
      ['service=vault', [ALL[2], ALL[3]] as string[]],
      ['type=modified', [ALL[1], ALL[3]] as string[]],
      ['type=added,removed', [ALL[0], ALL[2]] as string[]],
      ['type=added&type=removed', [ALL[0], ALL[2]] as string[]],
      ['owner=shared', [ALL[3]] as string[]],
      ['program=soc-2', [ALL[1]] as string[]],
      ['service=queue&type=modified', [ALL[1]] as string[]],
      ['node=topic', []],
    ]
    for (const [query, want] of cases) {
      const res = await api.get(`/v1/changes?${query}`)
      assert.equal(res.status, 200, query)
      assert.deepEqual(ids(res.body), want, query)
      assert.equal(res.body.total, want.length, query)
    }
    const bad = await api.get('/v1/changes?type=renamed&owner=nobody')
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.body['invalid-params'].map((p: { name: string }) => p.name).sort(), [
      'owner',
      'type',
    ])
  })

  it('pages with cursors in the body and the Link header', async () => {
    const seen: string[] = []
    let url: string | null = '/v1/changes?limit=1'
    let pages = 0
    let last
    while (url !== null) {
      last = await api.get(url)
      assert.equal(last.status, 200)
      assert.equal(last.body.total, 4)
      seen.push(...ids(last.body))
      pages++
      const link = String(last.headers.link ?? '')
      const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null
      assert.equal(next !== null, last.body.next !== null)
      if (pages > 1) assert.match(link, /rel="prev"/)
      url = next
    }
    assert.equal(pages, 4)
    assert.deepEqual(seen, ALL)
    assert.equal(last?.body.next, null)
    const prev = await api.get(`/v1/changes?limit=1&cursor=${String(last?.body.prev)}`)
    assert.deepEqual(ids(prev.body), [ALL[2]])
    const first = await api.get('/v1/changes?limit=1')
    const foreign = await api.get(`/v1/changes?limit=1&service=vault&cursor=${first.body.next}`)
    assert.equal(foreign.status, 400)
    assert.equal(foreign.body['invalid-params'][0].name, 'cursor')
    assert.equal((await api.get('/v1/changes?limit=101')).status, 400)
  })

  it('answers since=<contentHash> after a reload, and lists the hashes it knows', async () => {
    const feed = makeChangeFeed(graph)
    const next = reloadedGraph()
    assert.equal(feed.append(next), true)
    const watched = client(createTestApp({ graph: next, changes: feed }))
    const since = await watched.get(`/v1/changes?since=${graph.contentHash}`)
    assert.equal(since.status, 200)
    assert.equal(since.body.from, graph.contentHash)
    assert.deepEqual(ids(since.body), ['control.modified.vault.compliance.soc-reports-ggg777'])
    const all = await watched.get('/v1/changes')
    assert.equal(all.body.total, 5)
    const unknown = await watched.get('/v1/changes?since=sha256:0000')
    assert.equal(unknown.status, 400)
    const [param] = unknown.body['invalid-params']
    assert.equal(param.name, 'since')
    assert.deepEqual(param.valid, [baseline.contentHash, graph.contentHash, next.contentHash])
  })

  it('answers 304 to its ETag', async () => {
    const res = await api.get('/v1/changes?type=added')
    const again = await api.get('/v1/changes?type=added', {
      'If-None-Match': String(res.headers.etag),
    })
    assert.equal(again.status, 304)
  })
})

describe('GET /v1/changes.atom', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' })

  const atom = async (url: string, app = api) => {
    const res = await app.get(url, { Accept: 'application/atom+xml' })
    assert.equal(res.status, 200, res.text)
    assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8')
    assert.equal(XMLValidator.validate(res.text), true)
    return parser.parse(res.text).feed as {
      '@_xmlns': string
      id: string
      title: string
      updated: string
      author: { name: string }
      link: { '@_rel': string; '@_href': string }
      entry?: { id: string; title: string; updated: string; link: { '@_href': string } }[]
    }
  }

  it('is a well-formed Atom 1.0 feed with the required elements', async () => {
    const feed = await atom('/v1/changes.atom')
    const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/
    assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom')
    assert.match(feed.id, /^tag:secgraph,2026:changes$/)
    assert.ok(feed.title.length > 0)
    assert.match(feed.updated, rfc3339)
    assert.equal(feed.author.name, 'secgraph')
    assert.equal(feed.link['@_rel'], 'self')
    assert.equal(feed.entry?.length, 4)
    for (const entry of feed.entry ?? []) {
      assert.match(entry.id, /^tag:secgraph,2026:/)
      assert.ok(entry.title.length > 0)
      assert.match(entry.updated, rfc3339)
    }
    assert.equal(new Set(feed.entry?.map((e) => e.id)).size, 4)
    assert.equal(
      feed.entry?.[2]?.link['@_href'],
      '/v1/controls/vault.logging.enable-audit-logs-hhh888',
    )
  })

  it('keeps entry ids stable across servers and filters', async () => {
    const all = await atom('/v1/changes.atom')
    const other = client(createTestApp({ graph, changes: makeChangeFeed(graph) }))
    const again = await atom('/v1/changes.atom', other)
    assert.deepEqual(
      again.entry?.map((e) => e.id),
      all.entry?.map((e) => e.id),
    )
    const added = await atom('/v1/changes.atom?type=added')
    assert.equal(added.entry?.length, 1)
    assert.equal(added.entry?.[0]?.id, all.entry?.[2]?.id)
    assert.notEqual(added.id, all.id)
  })

  it('answers 406 to an Accept without Atom, and 400 to an unknown since', async () => {
    assert.equal((await api.get('/v1/changes.atom', { Accept: 'application/json' })).status, 406)
    assert.equal((await api.get('/v1/changes.atom?since=nope')).status, 400)
  })
})

const guide2022 = resolve(sharedRoot, 'corpora/aws-cloudhsm-user-guide-2022/doc_source')

describe('the upstream guide, June 2022 as baseline, April 2023 served', () => {
  const skip = skipUnless(guide2022).skip ?? skipUnless(upstreamGuide).skip
  let real: Client
  before(async () => {
    if (skip) return
    const [old, current] = await Promise.all([
      buildGraph({ content: guide2022 }),
      buildGraph({ content: upstreamGuide }),
    ])
    real = client(createTestApp({ graph: current, changes: createChangeFeed(old, current) }))
  })

  it('reports the new attestations and the FIPS certificate', { skip }, async () => {
    const res = await real.get('/v1/changes?node=attestation&limit=100')
    assert.equal(res.status, 200)
    const found = (res.body.items as (Entry & { change: { fields: unknown[] } })[]).map((e) => [
      e.change.type,
      e.change.id.split('.').pop(),
    ])
    for (const program of ['pci-pin', 'pci-3ds', 'soc-2']) {
      assert.ok(
        found.some(([type, id]) => type === 'added' && id === program),
        `${program} added: ${JSON.stringify(found)}`,
      )
    }
    const fips = (res.body.items as { change: { id: string; fields: unknown[] } }[]).find((e) =>
      e.change.id.endsWith('fips-140-2'),
    )
    // June 2022 states #3254 and its issue date apart from the claim; April 2023 states no date.
    assert.deepEqual(fips?.change.fields, [
      { field: 'certificate', before: '3254', after: '4218' },
      { field: 'since', before: 'August 2, 2018', after: null },
    ])
    const pin = await real.get('/v1/changes?program=pci-pin&type=added')
    assert.ok(pin.body.total >= 1)
  })

  it('serves the whole comparison as well-formed Atom with unique ids', { skip }, async () => {
    const json = await real.get('/v1/changes?limit=100')
    const res = await real.get('/v1/changes.atom')
    assert.equal(XMLValidator.validate(res.text), true)
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(res.text).feed as {
      entry: { id: string }[]
    }
    assert.equal(feed.entry.length, json.body.total)
    assert.equal(new Set(feed.entry.map((e) => e.id)).size, feed.entry.length)
  })
})
