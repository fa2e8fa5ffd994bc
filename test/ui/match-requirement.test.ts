import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { requirementSelected, toControlId } from '../../src/ui/client/match-requirement.ts'

describe('toControlId', () => {
  it('reads the spellings the API accepts for requirement=', () => {
    for (const [text, id] of [
      ['SC-28', 'sc-28'],
      [' sc-28 ', 'sc-28'],
      ['IA-2(1)', 'ia-2.1'],
      ['ia-2.1', 'ia-2.1'],
      ['IA-02(01)', 'ia-2.1'],
      ['nist-800-53-r5:sc-28.1', 'sc-28.1'],
    ] as const) {
      assert.equal(toControlId(text), id, text)
    }
  })

  it('null for what is no control id', () => {
    for (const text of ['', 'encryption', 'SC', 'SC-', 'S-28', 'SC-28(1', 'SC-28)']) {
      assert.equal(toControlId(text), null, text)
    }
  })
})

describe('requirementSelected', () => {
  it('a base control selects its enhancements; an enhancement nothing broader', () => {
    assert.equal(requirementSelected('sc-28.1', ['SC-28']), true)
    assert.equal(requirementSelected('sc-28', ['SC-28']), true)
    assert.equal(requirementSelected('sc-28', ['SC-28(1)']), false)
    assert.equal(requirementSelected('sc-2', ['SC-28']), false, 'SC-2 is not SC-28')
    assert.equal(requirementSelected('sc-280', ['SC-28']), false)
  })

  it('any of several values; no value selects everything', () => {
    assert.equal(requirementSelected('ia-2.1', ['SC-28', 'IA-2(1)']), true)
    assert.equal(requirementSelected('ac-17', []), true)
    assert.equal(requirementSelected('ac-17', ['not an id']), false)
  })
})
