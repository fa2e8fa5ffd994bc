import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createVocabulary } from '../../src/search/create-vocabulary.ts'
import { MAX_QUERY_TERMS, parseQuery } from '../../src/search/parse-query.ts'

const vocabulary = createVocabulary([
  'soc',
  '2',
  'pci',
  '3',
  'ds',
  'dss',
  'encryption',
  'keys',
  'the',
])

const texts = (q: string): string[] => parseQuery(q, vocabulary).map((term) => term.text)

test('hyphens, spaces, case and letter/digit boundaries normalise alike', () => {
  for (const q of ['soc2', 'soc 2', 'SOC-2', 'Soc_2', ' soc\t2 '])
    assert.deepEqual(texts(q), ['soc', '2'])
  assert.deepEqual(texts('pci 3ds'), texts('PCI-3DS'))
  assert.deepEqual(texts('fips 140-2'), ['fips', '140', '2'])
  assert.deepEqual(texts('Encryptión'), ['encryption'])
})

test('numbers and one- or two-letter terms match whole, longer terms by prefix', () => {
  const [pci, three, ds] = parseQuery('pci 3ds', vocabulary)
  assert.deepEqual(pci, { text: 'pci', match: 'prefix', keys: ['pci'] })
  assert.deepEqual(three, { text: '3', match: 'exact', keys: ['3$'] })
  assert.deepEqual(ds, { text: 'ds', match: 'exact', keys: ['ds$'] })
})

test('typos of five letters or more become corrections; others match nothing', () => {
  assert.deepEqual(parseQuery('encrpytion', vocabulary), [
    { text: 'encrpytion', match: 'fuzzy', keys: ['encryption'] },
  ])
  assert.deepEqual(parseQuery('kyes', vocabulary), [{ text: 'kyes', match: 'none', keys: [] }])
})

test('stop words are dropped unless nothing else is left; duplicates collapse', () => {
  assert.deepEqual(texts('the keys of the keys'), ['keys'])
  assert.deepEqual(texts('the of'), ['the', 'of'])
})

test('hostile input is bounded and never throws', () => {
  assert.deepEqual(texts(''), [])
  assert.deepEqual(texts('!!! ??? ***'), [])
  assert.deepEqual(texts('__proto__ constructor'), ['proto', 'constructor'])
  assert.deepEqual(texts('.*+?^${}()|[]\\'), [])
  assert.deepEqual(parseQuery(undefined, vocabulary), [])
  assert.deepEqual(parseQuery(42, vocabulary), [])
  const long = Array.from({ length: 20_000 }, (_, i) => `w${i}x`).join(' ')
  assert.equal(parseQuery(long, vocabulary).length, MAX_QUERY_TERMS)
  const [huge] = parseQuery('a'.repeat(100_000), vocabulary)
  assert.ok(huge && huge.text.length <= 40)
  assert.deepEqual(texts('\ud800 日本語 ключ'), ['日本語', 'ключ'])
})
