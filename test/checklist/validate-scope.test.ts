import assert from 'node:assert/strict'
import { test } from 'node:test'
import { validateScope } from '../../src/checklist/validate-scope.ts'
import type { ChecklistScopeResult as ScopeResult } from '../../src/checklist/validate-scope.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'keystore' })

function scopeOf(result: ScopeResult) {
  assert.ok(result.ok, `expected a scope, got ${JSON.stringify(result)}`)
  return result.scope
}

function errorsOf(result: ScopeResult) {
  assert.ok(!result.ok, 'expected errors')
  return result.errors
}

test('defaults: every program, owners customer and shared, every kind and topic, general kept', () => {
  assert.deepEqual(scopeOf(validateScope(graph, { service: 'keystore' })), {
    services: ['keystore'],
    programs: [],
    owners: ['customer', 'shared'],
    topics: [],
    kinds: ['requirement', 'recommendation', 'guarantee', 'capability'],
    includeGeneral: true,
  })
})

test('the only service of a graph is the default service', () => {
  const single = createTestGraph({ example: 'keystore' })
  single.services = single.services.filter((s) => s.id === 'keystore')
  assert.deepEqual(scopeOf(validateScope(single, {})).services, ['keystore'])
})

test('a graph with several services needs one, and says which exist', () => {
  assert.deepEqual(errorsOf(validateScope(graph, {})), [
    {
      name: 'service',
      reason: 'required when the graph has several services',
      invalid: [],
      valid: ['keystore', 'queue'],
    },
  ])
})

test('programs match id, name or alias case-insensitively, lists and commas, canonical order', () => {
  const scope = scopeOf(
    validateScope(graph, { service: 'Acme Keystore', program: ['SOC2', 'pci dss , FIPS 140-2'] }),
  )
  assert.deepEqual(scope.services, ['keystore'])
  assert.deepEqual(scope.programs, ['fips-140-2', 'pci-dss', 'soc-2'])
})

test('owners, kinds and topics are resolved; a topic anchor is enough', () => {
  const scope = scopeOf(
    validateScope(graph, {
      service: 'keystore',
      owner: 'shared,customer,provider',
      kind: ['capability', 'requirement'],
      topic: 'backups,keystore.compliance',
    }),
  )
  assert.deepEqual(scope.owners, ['provider', 'customer', 'shared'])
  assert.deepEqual(scope.kinds, ['requirement', 'capability'])
  assert.deepEqual(scope.topics, ['keystore.backups', 'keystore.compliance'])
})

test('every invalid parameter is reported with its invalid and valid values', () => {
  const errors = errorsOf(
    validateScope(graph, {
      service: 'keystore',
      program: 'pci-dss,iso-9999',
      owner: 'everyone',
      kind: 'wish',
      topic: 'queue.security',
      general: 'perhaps',
    }),
  )
  assert.deepEqual(
    errors.map((e) => [e.name, e.invalid]),
    [
      ['program', ['iso-9999']],
      ['owner', ['everyone']],
      ['kind', ['wish']],
      ['topic', ['queue.security']],
      ['general', ['perhaps']],
    ],
  )
  assert.deepEqual(errors[0]?.valid, ['fips-140-2', 'pci-dss', 'pci-pin', 'soc-2'])
  assert.deepEqual(errors[1]?.valid, ['provider', 'customer', 'shared'])
  // Topics of the services in scope only.
  assert.deepEqual(errors[3]?.valid, [
    'keystore.security',
    'keystore.data-protection',
    'keystore.backups',
    'keystore.compliance',
  ])
})

test('unknown service lists the services', () => {
  const errors = errorsOf(validateScope(graph, { service: 'cloudhsm' }))
  assert.deepEqual(errors, [
    {
      name: 'service',
      reason: 'unknown service',
      invalid: ['cloudhsm'],
      valid: ['keystore', 'queue'],
    },
  ])
})

test('general is a boolean, as the API documents it: true or false, nothing else', () => {
  assert.equal(
    scopeOf(validateScope(graph, { service: 'keystore', general: 'False' })).includeGeneral,
    false,
  )
  assert.equal(
    scopeOf(validateScope(graph, { service: 'keystore', general: false })).includeGeneral,
    false,
  )
  for (const word of ['yes', '0', 'on']) {
    assert.deepEqual(errorsOf(validateScope(graph, { service: 'keystore', general: word })), [
      {
        name: 'general',
        reason: 'must be true or false',
        invalid: [word],
        valid: ['true', 'false'],
      },
    ])
  }
  const errors = errorsOf(validateScope(graph, { service: 'keystore', program: { a: 'b' } }))
  assert.equal(errors[0]?.name, 'program')
})

test('empty values count as absent', () => {
  assert.deepEqual(
    scopeOf(validateScope(graph, { service: 'keystore', program: '', owner: ' , ' })).owners,
    ['customer', 'shared'],
  )
})
