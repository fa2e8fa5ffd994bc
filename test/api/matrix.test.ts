import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'csv-parse/sync'
import { requirementsOf } from '../../src/scope/index.ts'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault', mapped: true })
const api = client(createTestApp({ graph }))
const MATRIX = '/v1/checklists?service=vault&baseline=FedRAMP%20Moderate'

interface Row {
  requirement: { label: string }
  origination: string
  provider: { control: string; source: { file: string; line: number } }[]
  customer: { control: string }[]
  shared: { control: string }[]
}

describe('customer responsibility matrix (/v1/checklists?baseline=…)', () => {
  it('JSON: one row per requirement of the baseline, originations from the statements by owner', async () => {
    const res = await api.get(MATRIX)
    assert.equal(res.status, 200)
    const rows = res.body.rows as Row[]
    const inBaseline = requirementsOf(graph).filter((r) => r.baselines.includes('fedramp-moderate'))
    assert.deepEqual(
      rows.map((r) => r.requirement.label),
      inBaseline.map((r) => r.label),
    )
    const byLabel = Object.fromEntries(rows.map((r) => [r.requirement.label, r]))
    // Provider guarantee only.
    assert.equal(byLabel['SC-28']?.origination, 'service-provider')
    assert.deepEqual(
      byLabel['SC-28']?.provider.map((s) => s.source.file),
      ['vault/security.md'],
    )
    // A customer requirement with no provider feature named.
    assert.equal(byLabel['SC-8']?.origination, 'customer-provided')
    // A shared statement.
    assert.equal(byLabel['SC-8(1)']?.origination, 'shared')
    // Queue's AC-2 statement is out of scope (service=vault): not addressed.
    assert.equal(byLabel['AC-2']?.origination, 'not-addressed')
    assert.equal(res.body.header.baseline.id, 'fedramp-moderate')
    assert.equal(res.body.totals.requirements, inBaseline.length)
    assert.equal(res.body.totals.addressed, 3)
  })

  it('Markdown lists addressed requirements with sources and the rest as not addressed', async () => {
    const res = await api.get(`${MATRIX}&format=markdown`)
    assert.match(String(res.headers['content-type']), /^text\/markdown/)
    assert.match(res.text, /### SC-28 Protection of Information at Rest/)
    assert.match(res.text, /`vault\/security\.md:\d+`/)
    const missing = res.text.slice(res.text.indexOf('## Not addressed by the documentation'))
    assert.match(missing, /\| AC-2 \| Account Management \|/)
    assert.doesNotMatch(missing, /SC-28/)
  })

  it('CSV: one row per requirement; csv-bom is the same text after a byte order mark', async () => {
    const plain = await api.get(`${MATRIX}&format=csv`)
    const rows = parse(plain.text, { columns: true }) as Record<string, string>[]
    assert.equal(
      rows.length,
      requirementsOf(graph).filter((r) => r.baselines.includes('fedramp-moderate')).length,
    )
    const sc8 = rows.find((r) => r.label === 'SC-8')
    assert.equal(sc8?.origination, 'Provided by customer')
    assert.match(sc8?.customer ?? '', /TLS/)
    assert.match(sc8?.sources ?? '', /^vault\/data-protection\.md:\d+$/)
    const bom = await api.get(`${MATRIX}&format=csv-bom&download=1`)
    assert.equal(bom.text, `\uFEFF${plain.text}`)
    assert.match(
      String(bom.headers['content-disposition']),
      /filename="vault-fedramp-moderate-responsibility-matrix\.csv"/,
    )
  })

  it('OSCAL: implemented requirements by NIST control id, against the published FedRAMP profile', async () => {
    const res = await api.get(`${MATRIX}&format=oscal`)
    assert.match(String(res.headers['content-type']), /^application\/oscal\+json/)
    const implementation =
      res.body['component-definition'].components[0]['control-implementations'][0]
    assert.match(implementation.source, /FedRAMP_rev5_MODERATE-baseline_profile\.json$/)
    assert.deepEqual(
      implementation['implemented-requirements'].map(
        (r: { 'control-id': string }) => r['control-id'],
      ),
      ['sc-8', 'sc-8.1', 'sc-28'],
    )
  })

  it('rows, and OSCAL implemented requirements, in natural control order whatever the graph file’s order', async () => {
    // A graph file listing requirements by plain string order (SC-28 before SC-8).
    const shuffled = {
      ...graph,
      requirements: [...requirementsOf(graph)].sort((a, b) => (a.id < b.id ? -1 : 1)),
    }
    const old = client(createTestApp({ graph: shuffled }))
    const rows = (await old.get(MATRIX)).body.rows as Row[]
    assert.deepEqual(
      rows.map((r) => r.requirement.label),
      ['AC-2', 'IA-2', 'IA-2(1)', 'SC-8', 'SC-8(1)', 'SC-28'],
    )
    const oscal = (await old.get(`${MATRIX}&format=oscal`)).body
    const implemented =
      oscal['component-definition'].components[0]['control-implementations'][0][
        'implemented-requirements'
      ]
    assert.deepEqual(
      implemented.map((r: { 'control-id': string }) => r['control-id']),
      ['sc-8', 'sc-8.1', 'sc-28'],
    )
  })

  it('400 for parameters that do not apply, several baselines, or a program that is no baseline', async () => {
    const res = await api.get(`${MATRIX}&owner=customer&program=pci-dss`)
    assert.equal(res.status, 400)
    assert.deepEqual(
      res.body['invalid-params'].map((p: { name: string }) => p.name),
      ['program', 'owner'],
    )
    const notBaseline = await api.get('/v1/checklists?service=vault&baseline=pci-dss')
    assert.equal(notBaseline.status, 400)
    assert.deepEqual(notBaseline.body['invalid-params'][0].valid, [
      'fedramp-moderate',
      'nist-moderate',
    ])
  })
})
