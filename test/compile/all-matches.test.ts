import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allMatches } from '../../src/compile/helpers/all-matches.ts'

const found = (matches: RegExpExecArray[]): [string, number][] =>
  matches.map((match) => [match[0], match.index])

test('allMatches finds what matchAll finds, empty matches included, and leaves lastIndex at 0', () => {
  const cases: [RegExp, string][] = [
    [/\b(?:and|or)\b/gi, 'Keys AND roles, or policies; android is no match.'],
    [/x*/g, 'axxb'],
    [/;\s*/g, 'no joints here'],
  ]
  for (const [pattern, text] of cases) {
    pattern.lastIndex = 5
    assert.deepEqual(
      found(allMatches(pattern, text)),
      found([...text.matchAll(new RegExp(pattern))]),
    )
    assert.equal(pattern.lastIndex, 0)
  }
})
