import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { client } from './support/client.ts'
import { SCHEMA_VERSION } from '../../src/model/index.ts'
import { createTestApp } from './support/create-test-app.ts'
import { makeChangeFeed } from './support/make-change-feed.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault' })
const api = client(createTestApp({ graph }))

describe('GET /v1', () => {
  it('links to every resource', async () => {
    const res = await api.get('/v1')
    assert.equal(res.status, 200)
    const hrefs = Object.values(res.body.links as Record<string, { href: string }>).map(
      (l) => l.href,
    )
    for (const prefix of [
      '/v1/meta',
      '/v1/services',
      '/v1/topics',
      '/v1/controls',
      '/v1/programs',
    ]) {
      assert.ok(
        hrefs.some((h) => h.startsWith(prefix)),
        prefix,
      )
    }
    for (const prefix of [
      '/v1/responsibilities',
      '/v1/search',
      '/v1/graph',
      '/v1/checklists',
      '/v1/export/oscal/catalog',
      '/v1/export/oscal/component-definition',
      '/openapi.json',
    ]) {
      assert.ok(
        hrefs.some((h) => h.startsWith(prefix)),
        prefix,
      )
    }
  })

  it('links to the change feed only when the server has one', async () => {
    const without = await api.get('/v1')
    assert.equal(without.body.links.changes, undefined)
    assert.equal(without.body.links.changesAtom, undefined)
    const withFeed = client(createTestApp({ graph, changes: makeChangeFeed(graph) }))
    const res = await withFeed.get('/v1')
    const links = res.body.links as Record<string, { href: string; templated?: boolean }>
    assert.ok(links.changes?.href.startsWith('/v1/changes{?'))
    assert.ok(links.changesAtom?.href.startsWith('/v1/changes.atom{?'))
    assert.equal(links.changes?.templated, true)
    assert.equal((await withFeed.get('/v1/changes')).status, 200)
  })

  it("links' URI templates name only documented parameters", async () => {
    const { loadOpenApiDocument } = await import('../../src/api/load-openapi-document.ts')
    const document = loadOpenApiDocument()
    const withFeed = client(createTestApp({ graph, changes: makeChangeFeed(graph) }))
    const links = (await withFeed.get('/v1')).body.links as Record<string, { href: string }>
    for (const { href } of Object.values(links)) {
      const match = /^([^{]*(?:\{[A-Za-z]+\}[^{]*)*)(?:\{\?([^}]*)\})?$/.exec(href)
      assert.ok(match, href)
      const path = match[1] as string
      const names = match[2] === undefined ? [] : match[2].split(',')
      if (!path.startsWith('/v1')) continue
      const item = document.paths?.[path]
      assert.ok(item?.get, `${path} is documented`)
      const documented = new Set(
        [...(item.parameters ?? []), ...(item.get.parameters ?? [])].map((p) => {
          const ref = (p as { $ref?: string }).$ref
          const resolved = ref
            ? document.components?.parameters?.[ref.split('/').pop() as string]
            : p
          return (resolved as { name: string }).name
        }),
      )
      for (const name of names) assert.ok(documented.has(name), `${href}: ${name}`)
    }
  })
})

describe('GET /v1/meta', () => {
  it('reports version, hash, build time, counts and diagnostics', async () => {
    const res = await api.get('/v1/meta')
    assert.equal(res.status, 200)
    assert.equal(res.body.schemaVersion, SCHEMA_VERSION)
    assert.equal(res.body.contentHash, graph.contentHash)
    assert.equal(res.body.builtAt, graph.builtAt)
    assert.equal(res.body.counts.controls, 12)
    assert.equal(res.body.counts.topics, 6)
    assert.deepEqual(res.body.controls.byOwner, { provider: 5, customer: 5, shared: 2 })
    assert.deepEqual(res.body.controls.byKind, {
      requirement: 3,
      recommendation: 3,
      guarantee: 4,
      capability: 2,
    })
    assert.deepEqual(res.body.controls.byOrigin, { inferred: 10, annotated: 2 })
    assert.deepEqual(res.body.controls.byProgram, { 'fips-140-2': 3, 'pci-dss': 3, 'soc-2': 2 })
    assert.deepEqual(
      res.body.services.map((s: { id: string }) => s.id),
      ['queue', 'vault'],
    )
    assert.equal(res.body.diagnostics.errors, 1)
    assert.equal(res.body.diagnostics.warnings, 1)
    assert.deepEqual(res.body.diagnostics.byCode, { 'annotation-syntax': 1, 'broken-link': 1 })
    assert.equal(res.body.diagnostics.items[0].code, 'annotation-syntax')
  })
})

describe('services', () => {
  it('lists services with counts', async () => {
    const res = await api.get('/v1/services')
    assert.equal(res.status, 200)
    assert.equal(res.body.total, 2)
    const vault = res.body.items.find((s: { id: string }) => s.id === 'vault')
    assert.deepEqual(vault.counts, { topics: 5, sections: 2, controls: 8, attestations: 2 })
  })

  it('gets one service with stats, attestations and topics', async () => {
    const res = await api.get('/v1/services/vault')
    assert.equal(res.status, 200)
    assert.equal(res.body.name, 'Example Vault')
    assert.equal(res.body.controls.total, 8)
    assert.deepEqual(
      res.body.attestations.map((a: { id: string }) => a.id),
      ['vault.fips-140-2', 'vault.pci-dss'],
    )
    assert.deepEqual(
      res.body.topics.map((t: { id: string }) => t.id),
      [
        'vault.security',
        'vault.data-protection',
        'vault.logging',
        'vault.compliance',
        'vault.archive',
      ],
    )
    assert.equal(res.body.links.controls.href, '/v1/controls?service=vault')
  })

  it('answers 404 for an unknown service', async () => {
    const res = await api.get('/v1/services/nope')
    assert.equal(res.status, 404)
    assert.equal(res.body.type, 'https://secgraph.dev/problems/not-found')
  })
})

describe('topics', () => {
  it('lists topics flat in document order with counts', async () => {
    const res = await api.get('/v1/topics')
    assert.equal(res.status, 200)
    assert.equal(res.body.view, 'flat')
    assert.deepEqual(
      res.body.items.map((t: { id: string }) => t.id),
      graph.topics.map((t) => t.id),
    )
    const dp = res.body.items.find((t: { id: string }) => t.id === 'vault.data-protection')
    assert.deepEqual(dp.counts, { sections: 2, controls: 4 })
  })

  it('nests topics as a tree', async () => {
    const res = await api.get('/v1/topics?view=tree')
    assert.equal(res.body.view, 'tree')
    assert.equal(res.body.total, 6)
    assert.deepEqual(
      res.body.items.map((t: { id: string }) => t.id),
      ['vault.security', 'vault.archive', 'queue.security'],
    )
    const [vault] = res.body.items
    assert.deepEqual(
      vault.children.map((t: { id: string }) => t.id),
      ['vault.data-protection', 'vault.compliance'],
    )
    assert.equal(vault.children[0].children[0].id, 'vault.logging')
  })

  it('filters by service, repeated or comma-separated', async () => {
    const one = await api.get('/v1/topics?service=queue')
    assert.deepEqual(
      one.body.items.map((t: { id: string }) => t.id),
      ['queue.security'],
    )
    const both = await api.get('/v1/topics?service=queue,vault')
    assert.equal(both.body.total, 6)
    const repeated = await api.get('/v1/topics?service=queue&service=vault&view=tree')
    assert.equal(repeated.body.total, 6)
    const byName = await api.get('/v1/topics?service=Example%20Queue')
    assert.equal(byName.body.total, 1)
    const unknown = await api.get('/v1/topics?service=unknown')
    assert.equal(unknown.status, 400)
  })

  it('gets one topic with sections, control stats, parent, children and links', async () => {
    const res = await api.get('/v1/topics/vault.data-protection')
    assert.equal(res.status, 200)
    assert.deepEqual(res.body.parent, { id: 'vault.security', title: 'Security in Example Vault' })
    assert.deepEqual(res.body.children, [{ id: 'vault.logging', title: 'Logging & monitoring' }])
    assert.deepEqual(
      res.body.sections.map((s: { id: string }) => s.id),
      ['vault.data-protection.encryption-rest', 'vault.data-protection.encryption-transit'],
    )
    assert.equal(res.body.controls.total, 4)
    assert.deepEqual(res.body.controls.byOwner, { provider: 1, customer: 2, shared: 1 })
    assert.equal(res.body.controls.href, '/v1/controls?topic=vault.data-protection')
    assert.deepEqual(
      res.body.links.map((l: { id: string }) => l.id),
      ['vault.data-protection.link-1'],
    )
    const root = await api.get('/v1/topics/vault.security')
    assert.equal(root.body.parent, null)
  })

  it('answers 404 for an unknown topic', async () => {
    assert.equal((await api.get('/v1/topics/vault.nope')).status, 404)
  })
})

describe('control detail', () => {
  it('explains which rules made the statement a control, with the words that triggered them', async () => {
    const res = await api.get(
      '/v1/controls/vault.data-protection.encryption-rest.hsm-validated-ccc333',
    )
    assert.equal(res.status, 200)
    assert.equal(res.body.explanation.basis, 'statement')
    assert.equal(res.body.explanation.rule, 'compliance-claim')
    assert.equal(res.body.explanation.agrees, true)
    assert.deepEqual(
      res.body.explanation.trace.map((s: { rule: string; words: string }) => [s.rule, s.words]),
      [['compliance-claim', 'validated']],
    )
  })

  it('resolves references, context, attestations and related controls', async () => {
    const res = await api.get(
      '/v1/controls/vault.data-protection.encryption-rest.hsm-validated-ccc333',
    )
    assert.equal(res.status, 200)
    assert.equal(res.body.source.file, 'vault/data-protection.md')
    assert.equal(res.body.source.line, 7)
    assert.deepEqual(res.body.context, {
      service: { id: 'vault', name: 'Example Vault' },
      topic: { id: 'vault.data-protection', title: 'Data protection' },
      section: { id: 'vault.data-protection.encryption-rest', title: 'Encryption at rest' },
    })
    assert.deepEqual(
      res.body.attestations.map((a: { id: string }) => a.id),
      ['vault.fips-140-2'],
    )
    assert.deepEqual(
      res.body.related.sameSection.map((c: { id: string }) => c.id),
      ['vault.data-protection.encryption-rest.rotate-your-keys-bbb222'],
    )
    // Same program (fips-140-2), other sections, document order; never itself.
    assert.deepEqual(
      res.body.related.samePrograms.map((c: { id: string }) => c.id),
      ['vault.security.all-keys-encrypted-rest-aaa111', 'queue.security.shared-keys-kkk111'],
    )
  })

  it('turns reference ids into link objects', async () => {
    const res = await api.get(
      '/v1/controls/vault.data-protection.encryption-rest.rotate-your-keys-bbb222',
    )
    assert.equal(res.body.references.length, 1)
    assert.equal(res.body.references[0].target, 'vault.logging')
    assert.equal(res.body.references[0].href, 'logging.md')
  })

  it('answers 404 for an unknown control', async () => {
    const res = await api.get('/v1/controls/vault.nope')
    assert.equal(res.status, 404)
    assert.match(res.body.detail, /vault\.nope/)
  })
})

describe('programs', () => {
  it('lists programs with counts', async () => {
    const res = await api.get('/v1/programs')
    assert.equal(res.status, 200)
    const pci = res.body.items.find((p: { id: string }) => p.id === 'pci-dss')
    assert.deepEqual(pci.counts, { controls: 3, attestations: 2, services: 2 })
  })

  it('gets one program with attestations per service and control counts by owner', async () => {
    const res = await api.get('/v1/programs/pci-dss')
    assert.equal(res.status, 200)
    assert.deepEqual(
      res.body.attestations.map((g: { service: { id: string }; items: unknown[] }) => [
        g.service.id,
        g.items.length,
      ]),
      [
        ['queue', 1],
        ['vault', 1],
      ],
    )
    assert.deepEqual(res.body.controls.byOwner, { provider: 2, customer: 0, shared: 1 })
    assert.deepEqual(res.body.controls.byService, { queue: 1, vault: 2 })
    assert.equal((await api.get('/v1/programs/nope')).status, 404)
  })
})

describe('responsibilities', () => {
  it('is a service × topic × owner matrix with control ids', async () => {
    const res = await api.get('/v1/responsibilities')
    assert.equal(res.status, 200)
    assert.deepEqual(res.body.owners, ['provider', 'customer', 'shared'])
    assert.deepEqual(res.body.totals, { provider: 5, customer: 5, shared: 2, total: 12 })
    const dp = res.body.rows.find(
      (r: { topic: { id: string } }) => r.topic.id === 'vault.data-protection',
    )
    assert.deepEqual(dp.counts, { provider: 1, customer: 2, shared: 1, total: 4 })
    assert.deepEqual(dp.controls.shared, [
      'vault.data-protection.encryption-transit.shared-certs-eee555',
    ])
    let sum = 0
    for (const row of res.body.rows) sum += row.counts.total
    assert.equal(sum, 12)
  })

  it('filters by service and owner', async () => {
    const res = await api.get('/v1/responsibilities?service=queue&owner=customer,shared')
    assert.deepEqual(res.body.owners, ['customer', 'shared'])
    assert.deepEqual(res.body.totals, { provider: 0, customer: 2, shared: 1, total: 3 })
    assert.deepEqual(
      res.body.rows.map((r: { service: string }) => r.service),
      ['queue'],
    )
  })
})

describe('search', () => {
  it('returns one ranked list across node types with escaped highlights', async () => {
    const res = await api.get('/v1/search?q=encryption')
    assert.equal(res.status, 200)
    assert.deepEqual(res.body.types, ['topic', 'section', 'control'])
    const types = new Set(res.body.items.map((i: { type: string }) => i.type))
    assert.ok(types.has('section') && types.has('control'), [...types].join())
    // Controls may match through their section title, so only titles that contain the word are marked.
    for (const item of res.body.items) {
      if (/encryption/i.test(item.title)) assert.match(item.snippet, /<mark>/)
    }
    const section = res.body.items.find((i: { type: string }) => i.type === 'section')
    assert.match(section.href, /^\/v1\/topics\//)
  })

  it('restricts types and limits', async () => {
    const res = await api.get('/v1/search?q=encryption&type=control&limit=2')
    assert.ok(res.body.items.length <= 2)
    assert.ok(res.body.items.every((i: { type: string }) => i.type === 'control'))
    assert.deepEqual(res.body.types, ['control'])
  })

  it('never returns content unescaped', async () => {
    const res = await api.get('/v1/search?q=logging&type=topic')
    const topic = res.body.items.find((i: { id: string }) => i.id === 'vault.logging')
    assert.ok(topic, JSON.stringify(res.body))
    assert.equal(topic.title, 'Logging & monitoring')
    assert.match(topic.snippet, /&amp;/)
  })

  it('requires q', async () => {
    const res = await api.get('/v1/search')
    assert.equal(res.status, 400)
    assert.deepEqual(res.body['invalid-params'], [
      { name: 'q', in: 'query', reason: 'is required' },
    ])
  })
})

describe('graph', () => {
  it('returns nodes and edges whose ends all exist', async () => {
    const res = await api.get('/v1/graph')
    assert.equal(res.status, 200)
    const ids = new Set(res.body.nodes.map((n: { id: string }) => n.id))
    assert.equal(ids.size, res.body.nodes.length, 'node ids are unique')
    for (const edge of res.body.edges) assert.ok(ids.has(edge.source) && ids.has(edge.target))
    const count = (type: string) =>
      res.body.nodes.filter((n: { type: string }) => n.type === type).length
    assert.equal(count('control'), 12)
    assert.equal(count('topic'), 6)
    assert.equal(count('program'), 3)
    // Every node except services and programs is reachable through `contains` edges.
    const contained = new Set(
      res.body.edges
        .filter((e: { type: string }) => e.type === 'contains')
        .map((e: { target: string }) => e.target),
    )
    for (const node of res.body.nodes) {
      if (node.type !== 'service' && node.type !== 'program')
        assert.ok(contained.has(node.id), node.id)
    }
    const edgeTypes = new Set(res.body.edges.map((e: { type: string }) => e.type))
    assert.deepEqual([...edgeTypes].sort(), ['attests', 'contains', 'links', 'names'])
  })

  it('filters by service and drops edges leaving the selection', async () => {
    const res = await api.get('/v1/graph?service=queue')
    assert.ok(res.body.nodes.every((n: { service: string | null }) => n.service !== 'vault'))
    const ids = new Set(res.body.nodes.map((n: { id: string }) => n.id))
    for (const edge of res.body.edges) assert.ok(ids.has(edge.source) && ids.has(edge.target))
    assert.ok(!res.body.edges.some((e: { type: string }) => e.type === 'links'))
  })
})

describe('operations', () => {
  it('serves the OpenAPI document as JSON', async () => {
    const res = await api.get('/openapi.json')
    assert.equal(res.status, 200)
    assert.equal(res.body.openapi, '3.1.0')
    assert.ok(res.body.paths['/v1/controls'])
  })

  it('answers health and readiness without caching', async () => {
    const health = await api.get('/healthz')
    assert.deepEqual(health.body, { status: 'ok' })
    assert.equal(health.headers['cache-control'], 'no-store')
    const ready = await api.get('/readyz')
    assert.deepEqual(ready.body, { status: 'ready', search: true, contentHash: graph.contentHash })
    assert.equal(ready.headers['cache-control'], 'no-store')
  })
})
