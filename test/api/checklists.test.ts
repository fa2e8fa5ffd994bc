import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { parse } from 'csv-parse/sync'
import type { ChecklistFormat } from '../../src/checklist/index.ts'
import {
  checklistJsonSchema,
  createChecklist,
  renderChecklist,
  validateScope,
} from '../../src/checklist/index.ts'
import type { RawScope } from '../../src/scope/index.ts'
import { validateOscal } from '../checklist/support/oscal-validator.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { contentRoot } from '../checklist/support/paths.ts'
import { oscalSchemaFile, skipUnless, upstreamGuide } from '../support/shared-corpus.ts'
import { client, contract } from './support/client.ts'
import type { Client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault' })
const api = client(createTestApp({ graph }))
const SCOPE = 'service=vault&program=pci-dss'

/** What the library renders for a scope: the API must send exactly this. */
function expected(raw: RawScope, format: ChecklistFormat) {
  const result = validateScope(graph, raw)
  assert.ok(result.ok)
  return renderChecklist(
    createChecklist(graph, result.scope, { generatedAt: graph.builtAt }),
    format,
  )
}

interface Problem {
  type: string
  'invalid-params': { name: string; reason: string; invalid?: string[]; valid?: string[] }[]
}

describe('GET /v1/checklists', () => {
  it('answers JSON by default: the checklist of the scope, stamped with the build time', async () => {
    const res = await api.get(`/v1/checklists?${SCOPE}`)
    assert.equal(res.status, 200)
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    const want = expected({ service: 'vault', program: 'pci-dss' }, 'json')
    assert.equal(res.text, want.body)
    assert.deepEqual(res.body.header.scope.services, ['vault'])
    assert.deepEqual(res.body.header.scope.programs, ['pci-dss'])
    assert.equal(res.body.header.generatedAt, graph.builtAt)
    assert.equal(res.headers['content-disposition'], undefined)
    assert.match(String(res.headers.vary), /Accept/)
  })

  it('negotiates Markdown, CSV and OSCAL from Accept', async () => {
    const cases: [string, ChecklistFormat, RegExp][] = [
      ['text/markdown', 'markdown', /^text\/markdown; charset=utf-8$/],
      ['text/csv', 'csv', /^text\/csv; charset=utf-8; header=present$/],
      ['application/oscal+json', 'oscal', /^application\/oscal\+json; charset=utf-8$/],
      ['application/json', 'json', /^application\/json; charset=utf-8$/],
      ['text/html, text/markdown;q=0.9, */*;q=0.1', 'markdown', /^text\/markdown/],
    ]
    for (const [accept, format, type] of cases) {
      const res = await api.get(`/v1/checklists?${SCOPE}`, { Accept: accept })
      assert.equal(res.status, 200, accept)
      assert.match(String(res.headers['content-type']), type, accept)
      assert.equal(res.text, expected({ service: 'vault', program: 'pci-dss' }, format).body)
    }
  })

  it('lets format win over Accept, even an Accept nothing satisfies', async () => {
    const csv = await api.get(`/v1/checklists?${SCOPE}&format=csv`, { Accept: 'application/json' })
    assert.match(String(csv.headers['content-type']), /^text\/csv/)
    const md = await api.get(`/v1/checklists?${SCOPE}&format=markdown`, { Accept: 'image/png' })
    assert.equal(md.status, 200)
    assert.match(md.text, /^# /)
    assert.match(md.text, /- \[ \] /)
  })

  it('answers 406 when Accept allows none of the formats', async () => {
    const res = await api.get(`/v1/checklists?${SCOPE}`, { Accept: 'image/png' })
    assert.equal(res.status, 406)
    assert.equal(res.body.type, 'https://secgraph.dev/problems/not-acceptable')
    assert.match(res.body.detail, /text\/markdown/)
  })

  it('parses back: CSV rows are the JSON items, in order', async () => {
    const json = (await api.get(`/v1/checklists?${SCOPE}&owner=customer,shared,provider`)).body
    const csv = await api.get(`/v1/checklists?${SCOPE}&owner=customer,shared,provider&format=csv`)
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[]
    const ids = [
      ...(json.inherited as { id: string }[]).map((i) => i.id),
      ...(json.actions as { items: { id: string }[] }[]).flatMap((g) => g.items.map((i) => i.id)),
    ]
    assert.ok(ids.length > 2)
    assert.deepEqual(
      rows.map((r) => r.id),
      ids,
    )
  })

  it('scopes: owner, kind, topic and general=false change the actions', async () => {
    const all = (await api.get('/v1/checklists?service=vault&owner=customer,shared,provider')).body
    const customer = (await api.get('/v1/checklists?service=vault&owner=customer')).body
    const owners = (body: { actions: { items: { owner: string }[] }[] }) =>
      new Set(body.actions.flatMap((g) => g.items.map((i) => i.owner)))
    assert.deepEqual([...owners(customer)], ['customer'])
    assert.ok(all.totals.actions > customer.totals.actions)
    const topic = (await api.get('/v1/checklists?service=vault&topic=logging')).body
    assert.deepEqual(
      topic.actions.map((g: { topic: string }) => g.topic),
      ['vault.logging'],
    )
    const general = (await api.get(`/v1/checklists?${SCOPE}`)).body
    const only = (await api.get(`/v1/checklists?${SCOPE}&general=false`)).body
    assert.ok(only.totals.actions < general.totals.actions)
    assert.equal(
      only.actions
        .flatMap((g: { items: { general: boolean }[] }) => g.items)
        .some((i: { general: boolean }) => i.general),
      false,
    )
  })

  it('takes repeated or comma-separated values, names and any case, with one ETag', async () => {
    const a = await api.get('/v1/checklists?service=vault&program=pci-dss&program=soc-2')
    const b = await api.get('/v1/checklists?program=SOC-2,PCI%20DSS&service=Example%20Vault')
    assert.equal(a.status, 200)
    assert.equal(b.status, 200)
    assert.deepEqual(b.body.header.scope.programs, ['pci-dss', 'soc-2'])
    assert.equal(a.text, b.text)
  })

  it('adds Content-Disposition with the file name for download=1', async () => {
    const md = await api.get(`/v1/checklists?${SCOPE}&format=markdown&download=1`)
    assert.equal(
      md.headers['content-disposition'],
      'attachment; filename="vault-pci-dss-checklist.md"',
    )
    const oscal = await api.get(`/v1/checklists?service=queue&download=true`, {
      Accept: 'application/oscal+json',
    })
    assert.equal(
      oscal.headers['content-disposition'],
      'attachment; filename="queue-security-checklist.oscal.json"',
    )
  })

  it('lists every unknown service, program and owner with the valid values', async () => {
    const res = await api.get('/v1/checklists?service=nope&program=pci-dss,fedramp&owner=nobody')
    assert.equal(res.status, 400)
    const problem = res.body as Problem
    assert.equal(problem.type, 'https://secgraph.dev/problems/invalid-parameters')
    const byName = new Map(problem['invalid-params'].map((p) => [p.name, p]))
    assert.deepEqual([...byName.keys()].sort(), ['owner', 'program', 'service'])
    assert.deepEqual(byName.get('service')?.invalid, ['nope'])
    assert.deepEqual(byName.get('service')?.valid, ['queue', 'vault'])
    assert.deepEqual(byName.get('program')?.invalid, ['fedramp'])
    assert.deepEqual(
      byName.get('program')?.valid,
      graph.programs.map((p) => p.id),
    )
    assert.deepEqual(byName.get('owner')?.valid, ['provider', 'customer', 'shared'])
    assert.match(byName.get('owner')?.reason ?? '', /"nobody".*valid: provider, customer, shared/)
  })

  it('requires a service when the graph has several, naming them', async () => {
    const res = await api.get('/v1/checklists?program=pci-dss')
    assert.equal(res.status, 400)
    const [param] = (res.body as Problem)['invalid-params']
    assert.equal(param?.name, 'service')
    assert.deepEqual(param?.valid, ['queue', 'vault'])
  })

  it('rejects an unknown format and an unknown parameter', async () => {
    const res = await api.get(`/v1/checklists?${SCOPE}&format=pdf&color=red`)
    assert.equal(res.status, 400)
    const names = (res.body as Problem)['invalid-params'].map((p) => p.name).sort()
    assert.deepEqual(names, ['color', 'format'])
  })

  it('answers 304 to its ETag; the ETag differs per format', async () => {
    const json = await api.get(`/v1/checklists?${SCOPE}`)
    const csv = await api.get(`/v1/checklists?${SCOPE}`, { Accept: 'text/csv' })
    assert.notEqual(json.headers.etag, csv.headers.etag)
    const again = await api.get(`/v1/checklists?${SCOPE}`, {
      Accept: 'text/csv',
      'If-None-Match': String(csv.headers.etag),
    })
    assert.equal(again.status, 304)
  })

  it('answers OSCAL that validates against NIST 1.1.3', skipUnless(oscalSchemaFile), async () => {
    const res = await api.get(`/v1/checklists?${SCOPE}&format=oscal`)
    assert.equal(res.status, 200)
    assert.deepEqual(validateOscal(JSON.parse(res.text)), [])
  })
})

describe('the OpenAPI Checklist schema', () => {
  it('is the checklist JSON schema of src/checklist, unchanged', () => {
    const components = contract().document.components?.schemas as Record<string, unknown>
    assert.deepEqual(components.Checklist, checklistJsonSchema)
  })
})

for (const [name, root, service] of [
  ['content/', contentRoot, 'cloudhsm'],
  ['the upstream guide', upstreamGuide, 'cloudhsm'],
] as const) {
  describe(`GET /v1/checklists on ${name}`, () => {
    const skip = skipUnless(root).skip
    let real: Client
    before(async () => {
      if (!skip) real = client(createTestApp({ graph: await buildGraph({ content: root }) }))
    })

    it('answers every format for PCI DSS', { skip }, async () => {
      const url = `/v1/checklists?service=${service}&program=pci-dss`
      const json = await real.get(url)
      assert.equal(json.status, 200)
      assert.ok(json.body.inherited.length > 0, 'PCI DSS attestation inherited')
      const csv = await real.get(`${url}&format=csv`)
      const rows = parse(csv.text, { columns: true }) as { id: string }[]
      assert.equal(rows.length, json.body.totals.inherited + json.body.totals.actions)
      const md = await real.get(url, { Accept: 'text/markdown' })
      assert.equal(
        (md.text.match(/^- \[ \] /gm) ?? []).length,
        json.body.totals.inherited + json.body.totals.actions,
      )
      const oscal = await real.get(url, { Accept: 'application/oscal+json' })
      assert.equal(oscal.status, 200)
    })

    it(
      'answers OSCAL for PCI DSS that validates against NIST 1.1.3',
      { skip: skip ?? skipUnless(oscalSchemaFile).skip },
      async () => {
        const oscal = await real.get(`/v1/checklists?service=${service}&program=pci-dss`, {
          Accept: 'application/oscal+json',
        })
        assert.deepEqual(validateOscal(JSON.parse(oscal.text)), [])
      },
    )
  })
}
