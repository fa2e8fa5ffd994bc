import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_CORRECTIONS, createVocabulary } from '../../src/search/create-vocabulary.ts'

const vocabulary = createVocabulary([
  'encryption',
  'encrypted',
  'certificates',
  'certificate',
  'keys',
  'store',
  'score',
  '2019',
])

test('hasPrefix finds whole terms and prefixes only', () => {
  assert.equal(vocabulary.hasPrefix('encryp'), true)
  assert.equal(vocabulary.hasPrefix('encryption'), true)
  assert.equal(vocabulary.hasPrefix('encryptions'), false)
  assert.equal(vocabulary.hasPrefix('zzz'), false)
  assert.equal(vocabulary.hasPrefix(''), true)
})

test('corrections cover swaps, substitutions, deletions and insertions', () => {
  assert.deepEqual(vocabulary.corrections('encrpytion'), ['encryption'])
  assert.deepEqual(vocabulary.corrections('encryptoin'), ['encryption'])
  assert.deepEqual(vocabulary.corrections('encryptiin'), ['encryption'])
  assert.deepEqual(vocabulary.corrections('encrypion'), ['encryption'])
  assert.deepEqual(vocabulary.corrections('encryptionn'), ['encryption'])
})

test('corrections reach longer terms through their prefixes, without redundant keys', () => {
  // `certificate` (a prefix of `certificates`) is one edit away; `certificates` is two.
  assert.deepEqual(vocabulary.corrections('certifcate'), ['certificate'])
  assert.deepEqual(vocabulary.corrections('encrpyt'), ['encrypt'])
})

test('corrections are sorted, verified and bounded', () => {
  assert.deepEqual(vocabulary.corrections('stxre'), ['store'])
  assert.deepEqual(vocabulary.corrections('sxore'), ['score', 'store'])
  assert.deepEqual(vocabulary.corrections('qqqqqqq'), [])
  assert.deepEqual(vocabulary.corrections('2091'), [], 'numbers are not corrected')
  const letters = 'abcdefghijklmnopqrstuvwxy'
  const many = createVocabulary([...letters].map((letter) => `abcd${letter}e`))
  const corrections = many.corrections('abcdze')
  assert.equal(corrections.length, MAX_CORRECTIONS)
  assert.deepEqual(corrections, [...corrections].sort())
})
