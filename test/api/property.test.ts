import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { client, contract } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'

const api = client(createTestApp())
const authed = client(createTestApp({ auth: { tokens: ['t'] }, cors: { origins: ['*'] } }))

const ids = ['vault', 'vault.security', 'vault.compliance.soc-reports-ggg777', 'pci-dss']
const templates = contract().operations.map((o) => o.path)
const names = [
  'q',
  'service',
  'topic',
  'owner',
  'kind',
  'program',
  'origin',
  'sort',
  'limit',
  'cursor',
  'facets',
  'view',
  'type',
]
const values = [
  'provider',
  'customer,shared',
  'guarantee',
  'relevance',
  'document',
  'tree',
  'flat',
  'true',
  '0',
  '100',
  '101',
  '-5',
  '1e3',
  'control,topic',
  'eyJvIjoxLCJmIjoiYWIifQ',
  ',',
  '',
  '%',
  '__proto__',
]

const pathArb = fc
  .tuple(fc.constantFrom(...templates), fc.oneof(fc.constantFrom(...ids), fc.string()))
  .map(([template, id]) => template.replace(/\{[^}]+\}/, encodeURIComponent(id)))
const pairArb = fc.tuple(
  fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 }), fc.constant('constructor')),
  fc.oneof(fc.constantFrom(...values), fc.string({ unit: 'grapheme', maxLength: 250 })),
)
const rawArb = fc.string({
  unit: fc.constantFrom(...'abq=&,;%+._~-0123456789'.split('')),
  maxLength: 30,
})

describe('arbitrary requests', () => {
  it('never produce a 5xx, and every answer matches the document', async () => {
    await fc.assert(
      fc.asyncProperty(
        pathArb,
        fc.array(pairArb, { maxLength: 6 }),
        rawArb,
        fc.boolean(),
        async (path, pairs, raw, useAuth) => {
          const query = pairs
            .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
            .join('&')
          const url = `${path}?${query}${query && raw ? '&' : ''}${raw}`
          const res = await (useAuth ? authed : api).get(
            url,
            useAuth ? { Authorization: 'Bearer t' } : {},
          )
          assert.ok(res.status < 500, `${url} → ${res.status} ${res.text}`)
        },
      ),
      { numRuns: 400 },
    )
  })
})
