import assert from 'node:assert/strict'
import { join, resolve } from 'node:path'
import { before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { ChangePage, ChangeQueryError } from '../../src/diff/feed/change-feed.ts'
import { createChangeFeed } from '../../src/diff/feed/create-change-feed.ts'
import type { Graph } from '../../src/model/graph.ts'

const fixtures = resolve(fileURLToPath(new URL('../fixtures/diff', import.meta.url)))
const graphs: Record<string, Graph> = {}

before(async () => {
  for (const [name, dir] of [
    ['base', 'no-change/old'],
    ['reworded', 'control-reworded/new'],
    ['attested', 'attestation-added/new'],
    ['owner', 'owner-kind-changed/new'],
  ] as const) {
    graphs[name] = await buildGraph({ content: join(fixtures, dir) })
  }
})

const g = (name: string): Graph => {
  const graph = graphs[name]
  if (!graph) throw new Error(`no graph ${name}`)
  return graph
}

function page(result: ChangePage | ChangeQueryError): ChangePage {
  if ('error' in result) throw new Error(`unexpected ${result.error}`)
  return result
}

test('baseline to current: every change with its revision and time', () => {
  const feed = createChangeFeed(g('base'), g('attested'))
  assert.equal(feed.baseline, g('base').contentHash)
  assert.equal(feed.current(), g('attested').contentHash)
  const result = page(feed.query())
  assert.equal(result.from, g('base').contentHash)
  assert.equal(result.to, g('attested').contentHash)
  assert.deepEqual(
    result.items.map((e) => [e.change.node, e.change.type]),
    [
      ['section', 'added'],
      ['control', 'added'],
      ['attestation', 'added'],
    ],
  )
  for (const entry of result.items) {
    assert.equal(entry.from, g('base').contentHash)
    assert.equal(entry.to, g('attested').contentHash)
    assert.equal(entry.updated, g('attested').builtAt)
  }
})

test('filters: service, owner, program, type, node (AND across, OR within)', () => {
  const feed = createChangeFeed(g('base'), g('attested'))
  const ids = (query: Parameters<typeof feed.query>[0]): string[] =>
    page(feed.query(query)).items.map((e) => `${e.change.node}.${e.change.type}`)
  assert.deepEqual(ids({ program: ['soc-2'] }), ['control.added', 'attestation.added'])
  assert.deepEqual(ids({ program: ['pci-dss'] }), [])
  assert.deepEqual(ids({ owner: ['provider'] }), ['control.added'])
  assert.deepEqual(ids({ owner: ['customer'] }), [])
  assert.deepEqual(ids({ type: ['removed', 'modified'] }), [])
  assert.deepEqual(ids({ node: ['attestation', 'section'] }), [
    'section.added',
    'attestation.added',
  ])
  assert.deepEqual(ids({ service: ['other'] }), [])
  assert.deepEqual(ids({ service: ['example-vault'], type: ['added'], node: ['control'] }), [
    'control.added',
  ])
})

test('pagination: limit and cursor walk every change once; foreign cursors are refused', () => {
  const feed = createChangeFeed(g('base'), g('attested'))
  const first = page(feed.query({ limit: 2 }))
  assert.equal(first.total, 3)
  assert.equal(first.items.length, 2)
  assert.ok(first.nextCursor)
  const second = page(feed.query({ limit: 2, cursor: first.nextCursor }))
  assert.equal(second.items.length, 1)
  assert.equal(second.nextCursor, null)
  assert.deepEqual(
    [...first.items, ...second.items].map((e) => e.change.id),
    page(feed.query()).items.map((e) => e.change.id),
  )
  // A cursor belongs to its query: with another filter it is refused, not misapplied.
  assert.deepEqual(feed.query({ limit: 2, cursor: first.nextCursor, node: ['control'] }), {
    error: 'invalid-cursor',
  })
  assert.deepEqual(feed.query({ cursor: 'not a cursor' }), { error: 'invalid-cursor' })
  assert.deepEqual(feed.query({ limit: 0 }), { error: 'invalid-limit', limit: 0 })
  assert.deepEqual(feed.query({ limit: 501 }), { error: 'invalid-limit', limit: 501 })
})

test('history: since=<contentHash> answers what changed since that graph', () => {
  const feed = createChangeFeed(g('base'), g('reworded'))
  assert.equal(feed.append(g('reworded')), false, 'same content: nothing recorded')
  assert.equal(feed.append(g('attested')), true)
  assert.deepEqual(
    feed.revisions(),
    [g('base'), g('reworded'), g('attested')].map((x) => x.contentHash),
  )
  assert.equal(feed.current(), g('attested').contentHash)

  // From the baseline: only the new attestation (the current graph has the base wording).
  const all = page(feed.query())
  assert.deepEqual(all.items.map((e) => `${e.change.node}.${e.change.type}`).sort(), [
    'attestation.added',
    'control.added',
    'section.added',
  ])
  // From the reworded revision: the wording went back too.
  const since = page(feed.query({ since: g('reworded').contentHash }))
  assert.equal(since.from, g('reworded').contentHash)
  assert.deepEqual(since.items.map((e) => `${e.change.node}.${e.change.type}`).sort(), [
    'attestation.added',
    'control.added',
    'control.modified',
    'section.added',
  ])
  // From the current graph: nothing.
  assert.deepEqual(page(feed.query({ since: g('attested').contentHash })).items, [])

  const unknown = feed.query({ since: 'sha256:0000' })
  assert.ok('error' in unknown && unknown.error === 'unknown-since')
})

test('the history keeps the baseline and the newest revisions', () => {
  const feed = createChangeFeed(g('base'), g('reworded'), { maxRevisions: 1 })
  feed.append(g('attested'))
  feed.append(g('owner'))
  assert.deepEqual(
    feed.revisions(),
    [g('base'), g('attested'), g('owner')].map((x) => x.contentHash),
  )
  assert.ok('error' in feed.query({ since: g('reworded').contentHash }))
  const owner = page(feed.query({ owner: ['shared'] }))
  assert.deepEqual(
    owner.items.map((e) => e.change.fields.map((f) => f.field)),
    [['owner', 'kind']],
  )
})
