import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { tempDir } from '../compile/helpers.ts'
import { projectRoot } from './shared-corpus.ts'

const reporter = join(projectRoot, 'test/support/quiet-reporter.js')
const runQuietly = join(projectRoot, 'test/support/run-quietly.js')

const SAMPLE = `import { describe, it, before } from 'node:test'
import assert from 'node:assert/strict'
describe('suite', () => {
  it('passes', () => {})
  it('fails', () => { console.error('noise from the failing file'); assert.equal(1, 2) })
  it('skips', { skip: 'not found: /nowhere' }, () => {})
})
describe('hooked', () => {
  before(() => { throw new Error('the hook broke') })
  it('never runs', () => {})
})
`

/** The environment without NODE_TEST_CONTEXT, so the child runs its own test run and reporter. */
function ownRunnerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.NODE_TEST_CONTEXT
  return env
}

test('the quiet reporter prints failures in full, skips with their reason and a closing count line', () => {
  const { dir, cleanup } = tempDir()
  try {
    writeFileSync(join(dir, 'sample.test.mjs'), SAMPLE)
    const run = spawnSync(
      process.execPath,
      ['--test', `--test-reporter=${reporter}`, 'sample.test.mjs'],
      { cwd: dir, encoding: 'utf8', env: ownRunnerEnv() },
    )
    assert.equal(run.status, 1)
    const out = run.stdout
    assert.match(out, /✖ sample\.test\.mjs › suite › fails\n {4}AssertionError/)
    assert.match(out, /1 !== 2/)
    assert.match(out, /✖ sample\.test\.mjs › hooked\n {4}Error: the hook broke/)
    assert.match(out, /✖ sample\.test\.mjs › hooked › never runs \(cancelled/)
    assert.match(out, /skipped: sample\.test\.mjs › suite › skips \(not found: \/nowhere\)/)
    assert.match(out, /sample\.test\.mjs wrote:\n {4}noise from the failing file/)
    assert.ok(!out.includes('✖ sample.test.mjs › suite\n'), 'a suite is not reported for its tests')
    assert.match(out, /\n1 passed, 2 failed, 1 skipped\n$/)
  } finally {
    cleanup()
  }
})

test('run-quietly prints a tool’s output only when it fails or warns', () => {
  const quiet = (code: string) =>
    spawnSync(process.execPath, [runQuietly, process.execPath, '-e', code], { encoding: 'utf8' })
  const ok = quiet("console.log('all valid'); console.error('╔══ a framed notice: warning ══╗')")
  assert.equal(ok.status, 0)
  assert.equal(ok.stdout, '')
  const failed = quiet("console.log('3 errors'); process.exit(3)")
  assert.equal(failed.status, 3)
  assert.equal(failed.stdout, '3 errors\n')
  const warned = quiet("console.log('You have 1 warning.')")
  assert.equal(warned.status, 0)
  assert.equal(warned.stdout, 'You have 1 warning.\n')
})

const runTests = join(projectRoot, 'test/support/run-tests.ts')

test('files loaded into one process keep their own names, failures and output', () => {
  const { dir, cleanup } = tempDir()
  try {
    writeFileSync(join(dir, 'a.test.mjs'), SAMPLE)
    writeFileSync(
      join(dir, 'b.test.ts'),
      "import { test } from 'node:test'\nconst n: number = 1\ntest('typed', () => { if (n !== 1) throw new Error('no') })\n",
    )
    writeFileSync(join(dir, 'c.test.mjs'), "throw new Error('c cannot load')\n")
    const run = spawnSync(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), runTests, 'a.test.mjs', 'b.test.ts', 'c.test.mjs'],
      { cwd: dir, encoding: 'utf8', env: ownRunnerEnv() },
    )
    assert.equal(run.status, 1)
    const out = run.stdout
    assert.match(out, /✖ a\.test\.mjs › suite › fails\n {4}AssertionError/)
    assert.match(out, /✖ a\.test\.mjs › hooked\n {4}Error: the hook broke/)
    assert.match(out, /› c\.test\.mjs failed to load\n {4}Error: c cannot load/)
    assert.match(out, /skipped: a\.test\.mjs › suite › skips \(not found: \/nowhere\)/)
    assert.match(out, /test-group-\d\.mjs wrote:\n(?: {4}.*\n)*? {4}noise from the failing file/)
    assert.match(out, /tests in 3 files/)
    assert.match(out, /\n2 passed, 3 failed, 1 skipped\n$/)
  } finally {
    cleanup()
  }
})
