import assert from 'node:assert/strict'
import { test } from 'node:test'
import { classifyStatement, explainStatements } from '../../../src/compile/extract/index.ts'
import { loadTestPrograms } from './load-test-programs.ts'

const options = { programs: loadTestPrograms(), service: { id: 'vault', name: 'Example Vault' } }

test('a bare statement is classified and explained: kind, owner, programs, rule and trace', () => {
  const decision = classifyStatement('Example Vault is validated at FIPS 140-2 Level 3.', options)
  assert.ok(decision)
  assert.equal(decision.control, true)
  assert.equal(decision.kind, 'guarantee')
  assert.equal(decision.owner, 'provider')
  assert.deepEqual(decision.programs, ['fips-140-2'])
  assert.equal(decision.rule, 'compliance-claim')
  assert.deepEqual(
    decision.trace.map((step) => [step.rule, step.phase, step.words]),
    [['compliance-claim', 'signal', 'validated']],
  )
})

test('a sentence holding two parties’ duties gives one decision per duty', () => {
  const decisions = explainStatements(
    'Example Vault patches the host, and you must patch the guest operating system.',
    options,
  )
  assert.deepEqual(
    decisions.map((d) => [d.owner, d.rule]),
    [
      ['provider', 'provider-acts'],
      ['customer', 'must'],
    ],
  )
})

test('a statement that is no control says which rule excluded it and why', () => {
  const decision = classifyStatement('For more information, see Rotating vault keys.', options)
  assert.equal(decision?.control, false)
  assert.equal(decision?.rule, 'for-more-information')
  assert.match(decision?.trace.at(-1)?.explain ?? '', /points the reader elsewhere/)
  assert.equal(classifyStatement('   ', options), null)
})
