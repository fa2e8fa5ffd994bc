import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Control } from '../../src/model/index.ts'
import { groupByRequirement } from '../../src/model/index.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

test('groups each mapping of each control under its requirement, in the order given', () => {
  const graph = createTestGraph({ example: 'vault', mapped: true })
  const grouped = groupByRequirement(graph.controls, (c, m) => `${c.id} ${m.relation}`)
  assert.deepEqual(grouped.get('nist-800-53-r5:sc-28'), [
    'vault.security.all-keys-encrypted-rest-aaa111 implements',
  ])
  assert.deepEqual(grouped.get('nist-800-53-r5:ac-2'), [
    'queue.security.restrict-access-jjj000 supports',
  ])
  assert.equal(grouped.has('nist-800-53-r5:ia-2'), false, 'a requirement nothing maps to is absent')
  const mappings = graph.controls.reduce((n, c) => n + c.requirements.length, 0)
  assert.equal([...grouped.values()].flat().length, mappings)
})

test('a control of a graph written before requirement mapping maps to nothing', () => {
  const [control] = createTestGraph({ example: 'vault', mapped: true }).controls
  const old = { ...control, requirements: undefined } as unknown as Control
  assert.equal(groupByRequirement([old], () => 1).size, 0)
})
