import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { emptyScope, readScope, scopeParams, splitList } from '../../src/ui/client/scope.ts'

describe('scope', () => {
  it('writes filters comma-separated, leaving out empty ones and omitted names', () => {
    const scope = emptyScope()
    scope.q = '  encryption keys '
    scope.filters.owner = ['customer', 'shared']
    scope.filters.topic = ['cloudhsm.data-protection']
    assert.equal(
      scopeParams(scope).toString(),
      'q=encryption+keys&owner=customer%2Cshared&topic=cloudhsm.data-protection',
    )
    assert.equal(scopeParams(scope, ['owner', 'topic']).toString(), 'q=encryption+keys')
  })

  it('reads repeated and comma-separated values back', () => {
    const scope = readScope(new URLSearchParams('q=tls&owner=customer&owner=shared,provider&kind='))
    assert.equal(scope.q, 'tls')
    assert.deepEqual(scope.filters.owner, ['customer', 'shared', 'provider'])
    assert.deepEqual(scope.filters.kind, [])
  })

  it('keeps queries within the API limit of 200 characters', () => {
    const scope = emptyScope()
    scope.q = 'x'.repeat(300)
    assert.equal(scopeParams(scope).get('q')?.length, 200)
  })

  it('carries requirement and baseline like the facets, and splits typed lists', () => {
    const scope = readScope(
      new URLSearchParams('requirement=SC-28, IA-2(1)&baseline=fedramp-moderate'),
    )
    assert.deepEqual(scope.filters.requirement, ['SC-28', 'IA-2(1)'])
    assert.deepEqual(scope.filters.baseline, ['fedramp-moderate'])
    assert.equal(
      scopeParams(scope).toString(),
      'requirement=SC-28%2CIA-2%281%29&baseline=fedramp-moderate',
    )
    assert.equal(scopeParams(scope, ['requirement']).toString(), 'baseline=fedramp-moderate')
    assert.deepEqual(splitList(' a, ,b ,'), ['a', 'b'])
  })
})
