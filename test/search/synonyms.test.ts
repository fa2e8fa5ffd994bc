import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SYNONYMS } from '../../src/compile/index.ts'
import { createSearchIndex } from '../../src/search/index.ts'
import { synonymKeysOf } from '../../src/search/synonym-keys.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({
  controls: [
    { statement: 'Require multi-factor authentication for every console user.' },
    { statement: 'Clients connect over TLS 1.2 or later.' },
    { statement: 'Turn on server-side encryption for each bucket.' },
    { statement: 'Key management stays with the customer.' },
    { statement: 'Rotate the signing key every year.' },
    { statement: 'Turn on MFA for the root user.' },
  ],
  sections: [{ id: 'svc.security.mfa', title: 'Using 2FA', topic: 'svc.security' }],
})
const index = createSearchIndex(graph)
const statements = (q: string): string[] =>
  index.controls({ q }).map((hit) => graph.controls.find((c) => c.id === hit.id)?.statement ?? '')

test('acronyms find the spelled-out names and the spelled-out names find acronyms', () => {
  const mfa = [
    'Require multi-factor authentication for every console user.',
    'Turn on MFA for the root user.',
  ]
  for (const q of ['mfa', 'MFA', '2fa', '2FA', 'multi-factor authentication', 'two-factor'])
    assert.deepEqual(statements(q).sort(), [...mfa].sort(), q)
  assert.deepEqual(statements('ssl'), ['Clients connect over TLS 1.2 or later.'])
  assert.deepEqual(statements('sse'), ['Turn on server-side encryption for each bucket.'])
  assert.deepEqual(statements('kms'), ['Key management stays with the customer.'])
})

test('a literal match outranks a synonym match', () => {
  const [first, second] = index.controls({ q: 'mfa' })
  assert.ok(first && second)
  assert.ok(first.score > second.score)
  assert.equal(
    graph.controls.find((c) => c.id === first.id)?.statement,
    'Turn on MFA for the root user.',
  )
})

test('sections are found by synonyms of their heading too', () => {
  const hits = index.search('multi-factor authentication', ['section'])
  assert.deepEqual(
    hits.map((hit) => hit.id),
    ['svc.security.mfa'],
  )
})

test('words that only share a part of a name are not expanded', () => {
  assert.deepEqual(statements('key'), [
    'Key management stays with the customer.',
    'Rotate the signing key every year.',
  ])
  assert.deepEqual(synonymKeysOf('The factor of two is kept.'), [])
})

test('every synonym entry is found by each of its names', () => {
  for (const entry of SYNONYMS) {
    for (const name of entry.names) {
      assert.ok(
        synonymKeysOf(`This statement names ${name} once.`).some((key) => key.endsWith(entry.name)),
        `${entry.name}: "${name}"`,
      )
    }
  }
})

test('highlighting marks the names of the entries a query looks up, in any form', () => {
  assert.equal(
    index.highlight('Require multi-factor authentication (MFA) for admins.', 'mfa'),
    'Require <mark>multi-factor authentication</mark> (<mark>MFA</mark>) for admins.',
  )
  assert.equal(index.highlight('Clients use TLS 1.2.', 'ssl'), 'Clients use <mark>TLS</mark> 1.2.')
  assert.equal(
    index.highlight('Rotate <b>keys</b> & MFA', 'kms'),
    'Rotate &lt;b&gt;keys&lt;/b&gt; &amp; MFA',
  )
})
