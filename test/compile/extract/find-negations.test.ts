import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findNegations, negationCue } from '../../../src/compile/extract/find-negations.ts'
import { normalizeContractions } from '../../../src/compile/extract/normalize-contractions.ts'

test('a predicate that opens with not, never or cannot is negated; others are not', () => {
  assert.equal(negationCue('does not support MFA.'), 'does not')
  assert.equal(negationCue('never logs requests.'), 'never')
  assert.equal(negationCue('cannot be exported.'), 'cannot')
  assert.equal(negationCue('supports MFA.'), null)
  assert.equal(negationCue('encrypts data that is not public.'), null)
})

test('findNegations gives the negated predicate of each clause with its offsets', () => {
  const text = 'Audit logs are kept for a year. The proxy never logs request bodies.'
  const [span, ...rest] = findNegations(text)
  assert.equal(rest.length, 0)
  assert.ok(span)
  assert.equal(span.cue, 'never')
  assert.equal(text.slice(span.start, span.end), 'never logs request bodies.')
  assert.equal(text.slice(span.clause, span.start), 'The proxy ')
})

test('a negation stops at a contrast: the other clause keeps its own polarity', () => {
  const text = 'Volumes are encrypted at rest, but snapshots are not copied to another Region.'
  const spans = findNegations(text)
  assert.equal(spans.length, 1)
  const span = spans[0]
  assert.ok(span)
  assert.ok(span.start > text.indexOf('but'), 'the first clause is not negated')
  assert.match(span.text, /^are not copied/)
})

test('contractions are read once they are spelled out', () => {
  const text = normalizeContractions("The bucket isn't encrypted and the service can't rotate it.")
  assert.equal(findNegations(text)[0]?.cue, 'is not')
})

test('normalizeContractions spells contractions out and leaves other text as it is', () => {
  assert.equal(normalizeContractions('You can’t and AWS doesn’t.'), 'You cannot and AWS does not.')
  const plain = 'Keys never leave the HSM.'
  assert.equal(normalizeContractions(plain), plain)
})
