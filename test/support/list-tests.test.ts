import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allTests, listTests, SLOW_TESTS } from './list-tests.ts'

test('the fast and slow suites split the test files between them, each named in SLOW_TESTS slow', () => {
  const all = allTests()
  const fast = listTests('fast')
  const slow = listTests('slow')
  assert.deepEqual([...fast, ...slow].sort(), all)
  assert.equal(fast.filter((file) => slow.includes(file)).length, 0)
  assert.ok(slow.includes('test/ui/page.test.ts'))
  assert.ok(slow.includes('test/fuzz/api-fuzz.test.ts'))
  assert.ok(fast.includes('test/support/list-tests.test.ts'))
  for (const { why } of SLOW_TESTS) assert.ok(why.length > 0)
})

test('a SLOW_TESTS entry that matches no file is an error, not a silent no-op', () => {
  assert.throws(() => listTests('fast', ['test/a.test.ts']), /SLOW_TESTS names no test file/)
})
