import assert from 'node:assert/strict'
import { join, resolve } from 'node:path'
import { before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { diffGraphs } from '../../src/diff/diff-graphs.ts'
import type { Graph } from '../../src/model/graph.ts'

const fixtures = resolve(fileURLToPath(new URL('../fixtures/diff', import.meta.url)))
let base: Graph

before(async () => {
  base = await buildGraph({ content: join(fixtures, 'no-change', 'old') })
})

test('two builds of the same content: no change, and no build time in the diff', async () => {
  const again = await buildGraph({ content: join(fixtures, 'no-change', 'old') })
  const diff = diffGraphs(base, { ...again, builtAt: '2000-01-01T00:00:00.000Z' })
  assert.deepEqual(diff.changes, [])
  assert.deepEqual(diff.summary, { added: 0, removed: 0, modified: 0, moved: 0, total: 0 })
  assert.ok(!JSON.stringify(diff).includes('builtAt'))
})

test('controls are never paired across services, however similar', () => {
  const next = structuredClone(base)
  const control = next.controls[0]
  assert.ok(control)
  control.service = 'another-service'
  control.id = `another-service.${control.id}`
  const diff = diffGraphs(base, next)
  assert.deepEqual(
    diff.changes.map((c) => [c.node, c.type, c.service]),
    [
      ['control', 'added', 'another-service'],
      ['control', 'removed', 'example-vault'],
    ],
  )
})

test('an owner change on a control keeping its id is matched by id', () => {
  const next = structuredClone(base)
  const control = next.controls.find((c) => c.owner === 'customer')
  assert.ok(control)
  control.owner = 'shared'
  const diff = diffGraphs(base, next)
  assert.deepEqual(
    diff.changes.map((c) => [c.type, c.match, c.fields]),
    [['modified', 'id', [{ field: 'owner', before: 'customer', after: 'shared' }]]],
  )
})

test('the threshold option decides between modified and removed + added', () => {
  const next = structuredClone(base)
  const control = next.controls[0]
  assert.ok(control)
  control.statement = `${control.statement} Also keep an audit trail of every rotation.`
  control.id = `${control.id}-x`
  const loose = diffGraphs(base, next, { threshold: 0.3 })
  assert.deepEqual(
    loose.changes.map((c) => c.type),
    ['modified'],
  )
  const similarity = loose.changes[0]?.similarity ?? 1
  assert.ok(similarity > 0.3 && similarity < 1)
  const strict = diffGraphs(base, next, { threshold: similarity + 0.001 })
  assert.deepEqual(
    strict.changes.map((c) => c.type),
    ['added', 'removed'],
  )
})
