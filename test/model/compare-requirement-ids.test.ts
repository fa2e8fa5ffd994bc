import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compareRequirementIds } from '../../src/model/index.ts'

test('natural control order: numbers by value, a base control before its enhancements', () => {
  const shuffled = [
    'sc-28',
    'ac-17',
    'ac-2.10',
    'ac-2',
    'sc-8',
    'ac-2.2',
    'ac-2.1',
    'ia-2.1',
    'ac-3',
  ]
  assert.deepEqual(shuffled.sort(compareRequirementIds), [
    'ac-2',
    'ac-2.1',
    'ac-2.2',
    'ac-2.10',
    'ac-3',
    'ac-17',
    'ia-2.1',
    'sc-8',
    'sc-28',
  ])
})

test('full ids compare the same way, and equal ids compare equal', () => {
  const full = (id: string) => `nist-800-53-r5:${id}`
  assert.ok(compareRequirementIds(full('ac-2'), full('ac-17')) < 0)
  assert.ok(compareRequirementIds(full('ac-2.1'), full('ac-2')) > 0)
  assert.ok(compareRequirementIds(full('au-2'), full('ac-20')) > 0, 'families alphabetical')
  assert.equal(compareRequirementIds(full('sc-28'), full('sc-28')), 0)
})
