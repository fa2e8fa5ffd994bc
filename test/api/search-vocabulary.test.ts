import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const api = client(createTestApp({ graph: createTestGraph({ example: 'vault', mapped: true }) }))

interface Hit {
  type: string
  id: string
}
const controlIds = (body: { items: Hit[] }): string[] =>
  body.items.filter((hit) => hit.type === 'control').map((hit) => hit.id)

describe('GET /v1/search speaks the mapper vocabulary', () => {
  it('a requirement id finds the controls mapped to it, with requirement= semantics', async () => {
    for (const q of ['SC-28', 'sc-28', 'nist-800-53-r5:sc-28']) {
      const res = await api.get(`/v1/search?q=${encodeURIComponent(q)}&type=control`)
      assert.equal(res.status, 200)
      const filtered = await api.get('/v1/controls?requirement=SC-28')
      assert.deepEqual(
        controlIds(res.body).sort(),
        filtered.body.items.map((c: { id: string }) => c.id).sort(),
        q,
      )
      assert.equal(controlIds(res.body).length, 2, `${q}: SC-28 and its enhancement SC-28(1)`)
    }
    for (const q of ['SC-28(1)', 'sc-28.1']) {
      const res = await api.get(`/v1/search?q=${encodeURIComponent(q)}&type=control`)
      assert.deepEqual(controlIds(res.body), [
        'vault.data-protection.encryption-rest.rotate-your-keys-bbb222',
      ])
    }
  })

  it('an acronym finds the spelled-out safeguard and back', async () => {
    const ssl = await api.get('/v1/search?q=ssl&type=control')
    assert.deepEqual(controlIds(ssl.body), [
      'vault.data-protection.encryption-transit.use-tls-ddd444',
    ])
    const words = await api.get(
      `/v1/search?q=${encodeURIComponent('transport layer security')}&type=control`,
    )
    assert.equal(
      controlIds(words.body)[0],
      'vault.data-protection.encryption-transit.use-tls-ddd444',
    )
  })

  it('a requirement id the catalog lacks is searched as words', async () => {
    const res = await api.get('/v1/search?q=ZZ-99')
    assert.equal(res.status, 200)
    assert.deepEqual(res.body.items, [])
  })

  it('/v1/controls?q= reads requirement ids the same way', async () => {
    const res = await api.get('/v1/controls?q=sc-28.1')
    assert.deepEqual(
      res.body.items.map((c: { id: string }) => c.id),
      ['vault.data-protection.encryption-rest.rotate-your-keys-bbb222'],
    )
  })
})
