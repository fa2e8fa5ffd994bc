import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { validateOscal } from '../checklist/support/oscal-validator.ts'
import { oscalSchemaFile, skipUnless } from '../support/shared-corpus.ts'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault' })
const api = client(createTestApp({ graph }))
const CATALOG = '/v1/export/oscal/catalog'
const COMPONENTS = '/v1/export/oscal/component-definition'

interface Group {
  groups?: Group[]
  controls?: { id: string; props: { name: string; value: string }[] }[]
}

/** Control ids of a catalog, depth first. */
function catalogControls(groups: Group[] = []): string[] {
  return groups.flatMap((g) => [
    ...(g.controls ?? []).map((c) => c.id),
    ...catalogControls(g.groups),
  ])
}

interface Requirement {
  props: { name: string; value: string }[]
}
interface Component {
  title: string
  'control-implementations'?: { 'implemented-requirements': Requirement[] }[]
}

function responsibilities(body: { 'component-definition': { components: Component[] } }) {
  return body['component-definition'].components.flatMap((c) =>
    (c['control-implementations'] ?? []).flatMap((i) =>
      i['implemented-requirements'].map(
        (r) => r.props.find((p) => p.name === 'responsibility')?.value,
      ),
    ),
  )
}

describe('GET /v1/export/oscal/catalog', () => {
  it('holds one OSCAL control per graph control, as JSON or OSCAL JSON', async () => {
    const res = await api.get(CATALOG)
    assert.equal(res.status, 200)
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    assert.equal(catalogControls(res.body.catalog.groups).length, graph.controls.length)
    assert.equal(res.body.catalog.metadata['last-modified'], graph.builtAt)
    const oscal = await api.get(CATALOG, { Accept: 'application/oscal+json' })
    assert.equal(oscal.headers['content-type'], 'application/oscal+json; charset=utf-8')
    assert.equal(oscal.text, res.text)
    assert.notEqual(oscal.headers.etag, res.headers.etag)
  })

  it('filters by service, by id or name', async () => {
    const res = await api.get(`${CATALOG}?service=queue`)
    const queue = graph.controls.filter((c) => c.service === 'queue').length
    assert.equal(catalogControls(res.body.catalog.groups).length, queue)
    const byName = await api.get(`${CATALOG}?service=example%20queue`)
    assert.equal(byName.text, res.text)
  })

  it('answers 400 for an unknown service, with the valid ids', async () => {
    const res = await api.get(`${CATALOG}?service=queue,nope`)
    assert.equal(res.status, 400)
    assert.deepEqual(res.body['invalid-params'], [
      {
        name: 'service',
        in: 'query',
        reason: 'unknown service: "nope"; valid: queue, vault',
        invalid: ['nope'],
        valid: ['queue', 'vault'],
      },
    ])
  })

  it('adds Content-Disposition for download=1, and answers 304 to its ETag', async () => {
    const res = await api.get(`${CATALOG}?service=vault&download=1`)
    assert.equal(
      res.headers['content-disposition'],
      'attachment; filename="vault-catalog.oscal.json"',
    )
    const all = await api.get(`${CATALOG}?download=1`)
    assert.equal(
      all.headers['content-disposition'],
      'attachment; filename="secgraph-catalog.oscal.json"',
    )
    const again = await api.get(`${CATALOG}?service=vault&download=1`, {
      'If-None-Match': String(res.headers.etag),
    })
    assert.equal(again.status, 304)
  })

  it('answers 406 when Accept excludes both JSON types', async () => {
    assert.equal((await api.get(CATALOG, { Accept: 'application/xml' })).status, 406)
  })

  it('validates against NIST OSCAL 1.1.3', skipUnless(oscalSchemaFile), async () => {
    assert.deepEqual(validateOscal((await api.get(CATALOG)).body), [])
    assert.deepEqual(validateOscal((await api.get(`${CATALOG}?service=vault`)).body), [])
  })
})

describe('GET /v1/export/oscal/component-definition', () => {
  it('lists every control of each service with its responsibility', async () => {
    const res = await api.get(COMPONENTS, { Accept: 'application/oscal+json' })
    assert.equal(res.status, 200)
    assert.equal(res.headers['content-type'], 'application/oscal+json; charset=utf-8')
    const components = res.body['component-definition'].components as Component[]
    assert.deepEqual(
      components.map((c) => c.title),
      graph.services.map((s) => s.name),
    )
    const split = responsibilities(res.body)
    assert.ok(split.length >= graph.controls.length - graph.attestations.length)
    for (const value of ['provided', 'customer', 'shared']) assert.ok(split.includes(value), value)
  })

  it('filters by service and downloads with a file name', async () => {
    const res = await api.get(`${COMPONENTS}?service=queue&download=1`)
    const components = res.body['component-definition'].components as Component[]
    assert.deepEqual(
      components.map((c) => c.title),
      ['Example Queue'],
    )
    assert.equal(
      res.headers['content-disposition'],
      'attachment; filename="queue-component-definition.oscal.json"',
    )
    assert.equal((await api.get(`${COMPONENTS}?service=nope`)).status, 400)
  })

  it('validates against NIST OSCAL 1.1.3', skipUnless(oscalSchemaFile), async () => {
    assert.deepEqual(validateOscal((await api.get(COMPONENTS)).body), [])
    assert.deepEqual(validateOscal((await api.get(`${COMPONENTS}?service=queue`)).body), [])
  })
})

describe('source links of the served exports', () => {
  const BASE = 'https://git.example.com/docs/blob/main/content'
  // Vault publishes its pages; queue does not.
  const published = structuredClone(graph)
  const vault = published.services.find((s) => s.id === 'vault')
  assert.ok(vault)
  vault.sourceUrl = 'https://docs.example.com/vault/{path}.html#{anchor}'

  it('a service sourceUrl makes absolute links; the rest say they are relative', async () => {
    const served = client(createTestApp({ graph: published }))
    const res = await served.get(`${CATALOG}?service=vault,queue`)
    const hrefs = JSON.stringify(res.body).match(/"href":"[^"]+","rel":"source"/g) ?? []
    assert.ok(hrefs.some((h) => h.includes('"href":"https://docs.example.com/vault/')))
    assert.ok(hrefs.some((h) => h.includes('"href":"queue/')))
    assert.match(res.body.catalog.metadata.remarks, /relative to the content folder/)
    const markdown = await served.get('/v1/checklists?service=queue&format=markdown')
    assert.match(markdown.text, /Some source links are relative to the content folder/)
  })

  it("the server's source base URL links the others and the note goes", async () => {
    const served = client(createTestApp({ graph: published, sourceBaseUrl: BASE }))
    const res = await served.get(`${COMPONENTS}?service=vault,queue`)
    const hrefs: string[] = (
      JSON.stringify(res.body).match(/"href":"[^"]+","rel":"source"/g) ?? []
    ).map((h) => h.slice(8))
    assert.ok(hrefs.length > 0)
    assert.ok(
      hrefs.every(
        (h) => h.startsWith('https://docs.example.com/vault/') || h.startsWith(`${BASE}/queue/`),
      ),
      hrefs.join('\n'),
    )
    assert.equal(res.body['component-definition'].metadata.remarks, undefined)
    const csv = await served.get('/v1/checklists?service=queue&format=csv')
    assert.match(csv.text, new RegExp(`${BASE.replace(/\./g, '\\.')}/queue/`))
  })
})
