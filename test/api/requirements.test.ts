import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { requirementsOf } from '../../src/scope/index.ts'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'vault', mapped: true })
const requirements = requirementsOf(graph)
const api = client(createTestApp({ graph }))
const withoutSearch = client(createTestApp({ graph, search: undefined }))

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id)

describe('GET /v1/requirements', () => {
  it('lists requirements in catalog order with mapped-control counts, filtered by baseline and family', async () => {
    const res = await api.get('/v1/requirements?baseline=FedRAMP%20Moderate&family=SC&facets=true')
    assert.equal(res.status, 200)
    assert.deepEqual(ids(res.body), [
      'nist-800-53-r5:sc-8',
      'nist-800-53-r5:sc-8.1',
      'nist-800-53-r5:sc-28',
    ])
    assert.deepEqual(
      res.body.items.map((r: { controls: number }) => r.controls),
      [1, 1, 1],
    )
    assert.deepEqual(res.body.facets.family, { sc: 3 })
    assert.deepEqual(res.body.facets.baseline, { 'fedramp-moderate': 3, 'nist-moderate': 1 })
  })

  it('pages with cursors', async () => {
    const first = await api.get('/v1/requirements?limit=3')
    assert.equal(first.body.total, requirements.length)
    const second = await api.get(`/v1/requirements?limit=3&cursor=${first.body.next}`)
    assert.deepEqual(
      ids(second.body),
      requirements.slice(3, 6).map((r) => r.id),
    )
  })
})

describe('GET /v1/requirements order', () => {
  it('natural control order (SC-8 before SC-28) even from a graph file in plain string order', async () => {
    const shuffled = {
      ...graph,
      requirements: [...requirements].sort((a, b) => (a.id < b.id ? -1 : 1)),
    }
    const res = await client(createTestApp({ graph: shuffled })).get('/v1/requirements?family=sc')
    assert.deepEqual(ids(res.body), [
      'nist-800-53-r5:sc-8',
      'nist-800-53-r5:sc-8.1',
      'nist-800-53-r5:sc-28',
      'nist-800-53-r5:sc-28.1',
    ])
  })
})

describe('GET /v1/requirements/{id}', () => {
  it('takes the label, groups the controls mapped to it and its enhancements by owner', async () => {
    const res = await api.get('/v1/requirements/SC-28')
    assert.equal(res.status, 200)
    assert.equal(res.body.id, 'nist-800-53-r5:sc-28')
    assert.deepEqual(
      res.body.enhancements.map((e: { label: string }) => e.label),
      ['SC-28(1)'],
    )
    assert.deepEqual(
      res.body.mapped.provider.map((c: { id: string }) => c.id),
      ['vault.security.all-keys-encrypted-rest-aaa111'],
    )
    assert.deepEqual(
      res.body.mapped.customer.map((c: { id: string; requirement: string }) => [
        c.id,
        c.requirement,
      ]),
      [['vault.data-protection.encryption-rest.rotate-your-keys-bbb222', 'nist-800-53-r5:sc-28.1']],
    )
    assert.equal(res.body.mapped.total, 2)
  })

  it('404 for an unknown requirement', async () => {
    assert.equal((await api.get('/v1/requirements/ZZ-1')).status, 404)
  })
})

describe('/v1/controls with requirement and mapped programs', () => {
  for (const [name, app] of [
    ['search index', api],
    ['plain filtering', withoutSearch],
  ] as const) {
    it(`${name}: a base requirement includes its enhancements; an enhancement nothing broader`, async () => {
      const base = await app.get('/v1/controls?requirement=SC-28')
      assert.deepEqual(ids(base.body), [
        'vault.security.all-keys-encrypted-rest-aaa111',
        'vault.data-protection.encryption-rest.rotate-your-keys-bbb222',
      ])
      const enhancement = await app.get('/v1/controls?requirement=sc-28.1')
      assert.deepEqual(ids(enhancement.body), [
        'vault.data-protection.encryption-rest.rotate-your-keys-bbb222',
      ])
    })

    it(`${name}: baseline keeps controls mapped into the baseline, AND with program`, async () => {
      const res = await app.get('/v1/controls?baseline=FedRAMP%20Moderate&limit=100')
      const expected = graph.controls.filter((c) => c.supports.includes('fedramp-moderate'))
      assert.ok(expected.length > 0)
      assert.deepEqual(
        ids(res.body),
        expected.map((c) => c.id),
      )
      // SC-28(1) is in no baseline: its control supports none and is left out.
      assert.ok(
        !ids(res.body).includes('vault.data-protection.encryption-rest.rotate-your-keys-bbb222'),
      )
      const both = await app.get('/v1/controls?baseline=nist-moderate&program=pci-dss')
      assert.deepEqual(ids(both.body), [])
      const nist = await app.get('/v1/controls?baseline=nist-moderate&owner=provider')
      assert.deepEqual(ids(nist.body), ['vault.security.all-keys-encrypted-rest-aaa111'])
    })

    it(`${name}: program keeps named or mapped controls, says which, and counts both`, async () => {
      const res = await app.get(
        '/v1/controls?program=fedramp-moderate,pci-dss&facets=true&limit=100',
      )
      const expected = graph.controls.filter(
        (c) =>
          c.programs.includes('pci-dss') ||
          (c as { supports?: string[] }).supports?.includes('fedramp-moderate'),
      )
      assert.deepEqual(
        ids(res.body),
        expected.map((c) => c.id),
      )
      const match = Object.fromEntries(
        res.body.items.map((i: { id: string; match: string }) => [i.id, i.match]),
      )
      assert.equal(match['vault.compliance.pci-attested-fff666'], 'named')
      assert.equal(match['vault.data-protection.encryption-transit.use-tls-ddd444'], 'mapped')
      assert.deepEqual(res.body.facets.match, {
        named: expected.filter((c) => c.programs.includes('pci-dss')).length,
        mapped: expected.filter((c) => !c.programs.includes('pci-dss')).length,
      })
      assert.deepEqual(res.body.coverage, {
        'fedramp-moderate': { catalog: 'nist-800-53-r5', via: 'baseline' },
        'pci-dss': null,
      })
    })
  }

  it('the README example, with FedRAMP: owner=customer&program=fedramp-moderate returns mapped controls', async () => {
    const res = await api.get('/v1/controls?owner=customer&program=fedramp-moderate')
    assert.deepEqual(ids(res.body), [
      'vault.data-protection.encryption-transit.use-tls-ddd444',
      'queue.security.restrict-access-jjj000',
    ])
  })

  it('without program, items carry no match and the page no coverage', async () => {
    const res = await api.get('/v1/controls?limit=1')
    assert.equal(res.body.items[0].match, undefined)
    assert.equal(res.body.coverage, undefined)
  })
})
