import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checklistParams } from '../../src/ui/client/checklist-params.ts'
import { emptyScope } from '../../src/ui/client/scope.ts'

describe('checklistParams', () => {
  it('the checklist of the facet filters, without search text or requirements', () => {
    const scope = emptyScope()
    scope.q = 'keys'
    scope.filters.service = ['vault']
    scope.filters.owner = ['customer']
    scope.filters.requirement = ['SC-28']
    assert.equal(
      checklistParams(scope, ['vault', 'queue']).toString(),
      'service=vault&owner=customer',
    )
  })

  it('with a baseline, the matrix: services, topics and that baseline only', () => {
    const scope = emptyScope()
    scope.filters.owner = ['customer']
    scope.filters.kind = ['requirement']
    scope.filters.program = ['pci-dss']
    scope.filters.topic = ['vault.data-protection']
    scope.filters.baseline = ['fedramp-moderate']
    assert.equal(
      checklistParams(scope, ['vault', 'queue']).toString(),
      'topic=vault.data-protection&baseline=fedramp-moderate&service=vault%2Cqueue',
    )
  })

  it('names every service when none is chosen, and none when there is only the one', () => {
    assert.equal(checklistParams(emptyScope(), ['vault', 'queue']).get('service'), 'vault,queue')
    assert.equal(checklistParams(emptyScope(), []).has('service'), false)
  })
})
