import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
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

test('explain --control explains a control of the content graph, and refuses an unknown id', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'explain', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
    })
  const id = 'cloudhsm.security.security-of-the-cloud-aws-protects-e4c518'
  const shown = run('--control', id, '--json')
  assert.equal(shown.status, 0, shown.stderr)
  const answer = JSON.parse(shown.stdout) as {
    id: string
    owner: string
    explanation: { basis: string; rule: string; trace: { rule: string; words: string }[] }
  }
  assert.equal(answer.id, id)
  assert.equal(answer.owner, 'provider')
  assert.equal(answer.explanation.basis, 'statement')
  assert.deepEqual(answer.explanation.trace.at(-1), {
    rule: 'provider-acts',
    phase: 'signal',
    words: 'protects',
    explain: '"protects": the provider protects (subject "AWS")',
  })
  const missing = run('--control', 'cloudhsm.nope')
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /no control "cloudhsm\.nope"/)
})
