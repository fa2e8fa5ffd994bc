import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import type { ControlFilters, ScoredId } from '../../src/search/create-search-index.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const index = createSearchIndex(createTestGraph({ example: 'search' }))
const ids = (q: string, filters?: ControlFilters): string[] =>
  index.controls({ q, filters }).map((hit) => hit.id)

test('prefixes match: encryp finds encryption and encrypted', () => {
  const found = ids('encryp')
  for (const id of ['at-rest', 'tls', 'backups']) assert.ok(found.includes(id), id)
  assert.ok(!found.includes('rotate'))
})

test('a statement match outranks a section-title-only match', () => {
  // `at-rest` and `tls` say it in the statement; `backups` only sits under "Encryption at rest".
  const found = ids('encryp')
  assert.ok(found.indexOf('backups') > found.indexOf('at-rest'))
  assert.ok(found.indexOf('backups') > found.indexOf('tls'))
})

test('a statement match outranks a program-alias-only match', () => {
  // `soc` names PCI in its statement, `dss` only through its program's name.
  assert.deepEqual(ids('pci'), ['soc', 'dss'])
})

test('field weights: statement, then program names, then section title, then page title', () => {
  const graph = createTestGraph({
    topics: [
      { id: 'svc.widgets', title: 'Widgets' },
      { id: 'svc.other', title: 'Other' },
    ],
    sections: [{ id: 'svc.other.widgets', title: 'Widgets', topic: 'svc.other' }],
    programs: [
      {
        id: 'widget-std',
        name: 'Widget Standard',
        aliases: ['WS-1'],
        kind: 'standard',
        issuer: 'Test',
        url: 'https://example.test',
        coverage: null,
      },
    ],
    controls: [
      { id: 'by-topic', statement: 'First.', topic: 'svc.widgets' },
      { id: 'by-section', statement: 'Second.', topic: 'svc.other', section: 'svc.other.widgets' },
      { id: 'by-program', statement: 'Third.', topic: 'svc.other', programs: ['widget-std'] },
      { id: 'by-statement', statement: 'Widgets everywhere.', topic: 'svc.other' },
    ],
  })
  const hits = createSearchIndex(graph).controls({ q: 'widget' })
  assert.deepEqual(
    hits.map((hit) => hit.id),
    ['by-statement', 'by-program', 'by-section', 'by-topic'],
  )
  assert.equal(new Set(hits.map((hit) => hit.score)).size, 4)
})

test('controls holding all the words come first, then fewer', () => {
  const hits = index.controls({ q: 'rotate keys year' })
  assert.deepEqual(
    hits.map((hit) => hit.id),
    ['rotate', 'keys-rotate', 'dss'],
  )
  const [first, second, third] = hits as [ScoredId, ScoredId, ScoredId]
  assert.ok(first.score > second.score && second.score > third.score)
  // `rotate` holds all three words, `keys-rotate` two, `dss` one: the whole part of the score.
  assert.deepEqual(
    hits.map((hit) => Math.floor(hit.score)),
    [3, 2, 1],
  )
})

test('all words found across fields count as all words', () => {
  // `backups` has "encryption" only in its section title and "region" in its statement.
  assert.equal(ids('encryption region')[0], 'backups')
})

test('one typo in a word of five letters or more still finds it', () => {
  assert.ok(ids('encrpytion').includes('tls'), 'swap')
  assert.ok(ids('encryptiom').includes('tls'), 'substitution')
  assert.ok(ids('certifcates').includes('tls'), 'deletion')
  assert.ok(ids('certifcate').includes('tls'), 'deletion, singular of an indexed plural')
  assert.deepEqual(ids('kyes'), [], 'words under five letters are not corrected')
})

test('a direct match outranks a typo-corrected one', () => {
  const [exact] = index.controls({ q: 'certificates' })
  const [fuzzy] = index.controls({ q: 'certifcates' })
  assert.ok(exact && fuzzy && exact.id === fuzzy.id && exact.score > fuzzy.score)
})

test('program aliases match however they are spelled', () => {
  const soc = ids('soc2')
  assert.equal(soc[0], 'soc')
  for (const q of ['soc 2', 'SOC-2', 'Soc_2']) assert.deepEqual(ids(q), soc, q)
  assert.equal(ids('pci 3ds')[0], 'soc')
  assert.deepEqual(ids('PCI-3DS'), ids('pci 3ds'))
  assert.equal(ids('fips 140-2')[0], 'fips')
  assert.equal(ids('FIPS-140-2')[0], 'fips')
  assert.ok(ids('payment card').includes('dss'))
})

test('numbers and short terms match whole terms only', () => {
  // `3ds` must not reach `dss` through the prefix `ds`, nor `3` reach `2019`.
  assert.equal(ids('3ds').includes('dss'), false)
  assert.deepEqual(ids('256'), ['at-rest'])
  assert.deepEqual(ids('25'), [])
})

test('results are deterministic and equal scores keep document order', () => {
  const graph = createTestGraph({
    controls: Array.from({ length: 12 }, (_, i) => ({
      id: `c${i}`,
      statement: 'Same words here.',
    })),
  })
  const first = createSearchIndex(graph).controls({ q: 'words' })
  const again = createSearchIndex(graph).controls({ q: 'words' })
  assert.deepEqual(first, again)
  assert.deepEqual(
    first.map((hit) => hit.id),
    graph.controls.map((control) => control.id),
  )
  assert.equal(new Set(first.map((hit) => hit.score)).size, 1)
  assert.deepEqual(index.controls({ q: 'rotate keys' }), index.controls({ q: 'rotate keys' }))
})

test('scores are finite numbers, sorted best first', () => {
  for (const q of ['encryp', 'rotate keys year', 'soc2', 'certifcate']) {
    const hits = index.controls({ q })
    for (const hit of hits) assert.ok(Number.isFinite(hit.score) && hit.score > 0)
    for (let i = 1; i < hits.length; i++) {
      assert.ok((hits[i - 1] as ScoredId).score >= (hits[i] as ScoredId).score)
    }
  }
})

test('no query: every control in document order, score 0', () => {
  const all = index.controls({})
  assert.deepEqual(
    all.map((hit) => hit.id),
    createTestGraph({ example: 'search' }).controls.map((control) => control.id),
  )
  assert.ok(all.every((hit) => hit.score === 0))
  assert.deepEqual(index.controls({ q: '   ' }), all)
  assert.deepEqual(ids('!!!'), [], 'a query with no searchable term matches nothing')
})

test('each filter restricts by its field, with and without a query', () => {
  assert.deepEqual(ids('', { owner: ['shared'] }), ['dss', 'keys-rotate'])
  assert.deepEqual(ids('', { kind: ['capability'] }), ['fips'])
  assert.deepEqual(ids('', { program: ['soc-2'] }), ['soc'])
  assert.deepEqual(ids('', { topic: ['svc.compliance'] }), ['soc', 'dss', 'fips'])
  assert.deepEqual(ids('', { service: ['other'] }), ['keys-rotate'])
  assert.deepEqual(ids('', { origin: ['annotated'] }), ['tls'])
  assert.deepEqual(ids('rotate', { owner: ['shared'] }), ['keys-rotate'])
  assert.deepEqual(ids('encryp', { kind: ['requirement'] }), ['tls'])
  assert.deepEqual(ids('assess', { program: ['pci-dss'] }), ['dss'])
  assert.deepEqual(ids('rotate', { service: ['svc'] }), ['rotate'])
  assert.deepEqual(ids('encryp', { origin: ['annotated'] }), ['tls'])
  assert.deepEqual(ids('data', { topic: ['svc.compliance'] }), ['dss'])
})

test('OR within one filter, AND across filters', () => {
  assert.deepEqual(ids('', { owner: ['customer', 'shared'] }), [
    'rotate',
    'tls',
    'dss',
    'keys-rotate',
  ])
  assert.deepEqual(
    ids('', { owner: ['provider', 'shared'], kind: ['requirement', 'capability'] }),
    ['dss', 'fips'],
  )
  assert.deepEqual(ids('rotate', { owner: ['customer', 'shared'], kind: ['recommendation'] }), [
    'rotate',
    'keys-rotate',
  ])
  assert.deepEqual(ids('rotate', { owner: ['customer'], service: ['other'] }), [])
  assert.deepEqual(ids('assess', { program: ['pci-dss', 'soc-2'], owner: ['provider'] }), ['soc'])
})

test('filtered results are the unfiltered ones restricted, with the same scores', () => {
  const filters: ControlFilters = { owner: ['provider', 'customer'] }
  const owners = new Map(
    createTestGraph({ example: 'search' }).controls.map((control) => [control.id, control.owner]),
  )
  for (const q of ['encryp', 'rotate keys', 'data']) {
    const expected = index
      .controls({ q })
      .filter((hit) => ['provider', 'customer'].includes(owners.get(hit.id) ?? ''))
    assert.deepEqual(index.controls({ q, filters }), expected)
  }
})

test('unknown filter values match nothing; empty filter lists filter nothing', () => {
  assert.deepEqual(ids('', { owner: ['nobody' as 'customer'] }), [])
  assert.deepEqual(ids('rotate', { program: ['no-such-program'] }), [])
  assert.deepEqual(ids('rotate', { program: ['no-such-program', 'pci-dss'] }), [])
  assert.deepEqual(ids('', { owner: ['nobody' as 'customer', 'shared'] }), ['dss', 'keys-rotate'])
  assert.deepEqual(ids('rotate', { owner: [], kind: [] }), ids('rotate'))
  const hostile = JSON.parse('{"__proto__": ["x"], "constructor": ["y"], "owner": ["shared"]}')
  assert.deepEqual(ids('', hostile as ControlFilters), ['dss', 'keys-rotate'])
})

test('filters keep every match even when a word matches more than 100 controls', () => {
  // FlexSearch 0.8 cuts tag-filtered queries at the first 100 term hits; the index must not.
  const graph = createTestGraph({
    controls: Array.from({ length: 300 }, (_, i) => ({
      id: `c${i}`,
      statement: `Encryption control number ${i}.`,
      owner: i % 3 === 0 ? 'shared' : 'customer',
    })),
  })
  const big = createSearchIndex(graph)
  assert.equal(big.controls({ q: 'encryption', filters: { owner: ['shared'] } }).length, 100)
  assert.equal(big.controls({ q: 'encryption' }).length, 300)
  assert.equal(big.controls({ q: 'encryption', filters: { owner: ['customer'] } }).length, 200)
})

test('an empty graph answers every query with nothing', () => {
  const empty = createSearchIndex(createTestGraph({ controls: [] }))
  assert.deepEqual(empty.controls({ q: 'anything' }), [])
  assert.deepEqual(empty.controls({}), [])
  assert.deepEqual(empty.controls({ filters: { owner: ['customer'] } }), [])
})
