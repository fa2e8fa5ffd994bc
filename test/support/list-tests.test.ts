import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allTests, covers, ISOLATED_TESTS, listTests, SLOW_TESTS } from './list-tests.ts'
import { planRun, splitGroups } from './run-tests.ts'

test('the fast and slow suites split the test files between them, each named in SLOW_TESTS slow', () => {
  const all = allTests()
  const fast = listTests('fast')
  const slow = listTests('slow')
  assert.deepEqual([...fast, ...slow].sort(), all)
  assert.equal(fast.filter((file) => slow.includes(file)).length, 0)
  assert.ok(slow.includes('test/ui/page.test.ts'))
  assert.ok(slow.includes('test/fuzz/api-fuzz.test.ts'))
  assert.ok(slow.includes('test/eval/crosswalk.test.ts'))
  assert.ok(fast.includes('test/support/list-tests.test.ts'))
  for (const { why } of SLOW_TESTS) assert.ok(why.length > 0)
})

test('a SLOW_TESTS entry that matches no file is an error, not a silent no-op', () => {
  assert.throws(
    () => listTests('fast', ['test/a.test.ts']),
    /SLOW_TESTS or ISOLATED_TESTS names no test file/,
  )
})

test('the fast suite runs every fast file once: grouped, or alone when ISOLATED_TESTS names it', () => {
  const plan = planRun('fast')
  assert.deepEqual([...plan.grouped, ...plan.alone].sort(), listTests('fast'))
  assert.ok(plan.alone.includes('test/serve/watch-path.test.ts'))
  for (const { path, why } of ISOLATED_TESTS) {
    assert.ok(why.length > 0)
    assert.ok(!listTests('slow').some((file) => covers(path, file)), `${path} is a slow file`)
  }
  const groups = splitGroups(plan.grouped, 2)
  assert.equal(groups.length, 2)
  assert.deepEqual(groups.flat().sort(), [...plan.grouped].sort())
  assert.deepEqual(splitGroups(['a'], 4), [['a']])
})
