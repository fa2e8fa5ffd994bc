import assert from 'node:assert/strict'
import { test } from 'node:test'
import { explainStatement, loadExplainContext } from '../../src/compile/explain-statement.ts'
import { renderExplanation } from '../../src/cli/commands/explain.ts'
import { projectRoot } from '../support/shared-corpus.ts'

test('explain says which rules fired on a statement and the words that triggered them', async () => {
  const context = await loadExplainContext(`${projectRoot}content`)
  const explanation = explainStatement('Vault tokens must be rotated every 90 days.', context)
  assert.equal(explanation.rule, 'must')
  assert.deepEqual(
    explanation.trace.map((step) => [step.rule, step.words]),
    [['must', 'must']],
  )
  assert.match(renderExplanation(explanation), /^ {2}why:\n {4}must {7}"must" obliges customer/m)
  const excluded = explainStatement('For more information, see the key guide.', context)
  assert.equal(excluded.control, false)
  assert.equal(excluded.trace.at(-1)?.rule, 'for-more-information')
})
