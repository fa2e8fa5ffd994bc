import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { emptyScope, readScope, scopeParams } from '../../src/ui/client/scope.ts'

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
})
