import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { pairBestFirst } from '../../src/diff/pair-best-first.ts'
import { statementSimilarity, statementWords } from '../../src/diff/statement-similarity.ts'

test('statement words: lower-case, accents and punctuation dropped', () => {
  assert.deepEqual(statementWords('Use TLS 1.2 — always, café!'), [
    'use',
    'tls',
    '1',
    '2',
    'always',
    'cafe',
  ])
})

test('statement similarity: word-set Dice, symmetric, 1 for the same words', () => {
  assert.equal(statementSimilarity('You must rotate keys.', 'you MUST rotate keys'), 1)
  assert.equal(statementSimilarity('alpha beta', 'gamma delta'), 0)
  // {you, must, rotate, keys} vs {you, must, rotate, all, keys}: 2*4 / (4+5)
  assert.equal(statementSimilarity('You must rotate keys.', 'You must rotate all keys.'), 8 / 9)
  // Repetition and order do not count.
  assert.equal(statementSimilarity('keys rotate keys', 'rotate keys'), 1)
  assert.equal(statementSimilarity('', ''), 1)
  fc.assert(
    fc.property(fc.string(), fc.string(), (a, b) => {
      const s = statementSimilarity(a, b)
      return s >= 0 && s <= 1 && s === statementSimilarity(b, a)
    }),
  )
})

test('pairBestFirst: best pairs first, each side used once, below threshold never', () => {
  const left = ['a b c d', 'x y z', 'p q']
  const right = ['p q r', 'a b c e', 'unrelated words here']
  const pairs = pairBestFirst(left, right, statementSimilarity, 0.5)
  assert.deepEqual(
    pairs.map((p) => [left[p.left], right[p.right]]),
    [
      ['a b c d', 'a b c e'],
      ['p q', 'p q r'],
    ],
  )
})

test('pairBestFirst: greedy takes the best pair even when that leaves a weaker one out', () => {
  // 'a b c' fits 'a b c d' best (0.857) although 'a b' would then have no partner.
  const pairs = pairBestFirst(['a b c', 'a b'], ['a b c d'], statementSimilarity, 0.5)
  assert.deepEqual(pairs, [{ left: 0, right: 0, score: 6 / 7 }])
})

test('pairBestFirst: ties go to the tie-breaker, then to document order', () => {
  const same = (): number => 1
  assert.deepEqual(
    pairBestFirst(['l0', 'l1'], ['r0', 'r1'], same, 0.5).map((p) => [p.left, p.right]),
    [
      [0, 0],
      [1, 1],
    ],
  )
  // Prefer crossing pairs when the tie-breaker says so.
  const crossed = pairBestFirst(['l0', 'l1'], ['r0', 'r1'], same, 0.5, (l, r) =>
    l.slice(1) === r.slice(1) ? 1 : 0,
  )
  assert.deepEqual(
    crossed.map((p) => [p.left, p.right]),
    [
      [0, 1],
      [1, 0],
    ],
  )
})

test('pairBestFirst: the result does not depend on anything but the inputs', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
      fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
      (left, right) => {
        const first = pairBestFirst(left, right, statementSimilarity, 0.3)
        const again = pairBestFirst(left, right, statementSimilarity, 0.3)
        const lefts = new Set(first.map((p) => p.left))
        const rights = new Set(first.map((p) => p.right))
        return (
          JSON.stringify(first) === JSON.stringify(again) &&
          lefts.size === first.length &&
          rights.size === first.length &&
          first.every((p) => p.score >= 0.3)
        )
      },
    ),
  )
})
