import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findMarks } from '../../src/search/find-marks.ts'
import type { QueryTerm } from '../../src/search/parse-query.ts'

const prefix = (text: string): QueryTerm => ({ text, match: 'prefix', keys: [text] })

describe('findMarks with word runs kept per text', () => {
  it('answers each query on the same text independently', () => {
    const text = 'Rotate keys daily; Café keys and 2 backups.'
    assert.deepEqual(findMarks(text, [prefix('key')]), [7, 11, 24, 28])
    assert.deepEqual(findMarks(text, [prefix('cafe')]), [19, 23])
    assert.deepEqual(findMarks(text, [prefix('2')]), [33, 34])
    assert.deepEqual(findMarks(text, [prefix('key')]), [7, 11, 24, 28])
    assert.deepEqual(findMarks(text, []), [])
  })

  it('gives the same marks for long texts, which are not kept', () => {
    const text = `${'lorem ipsum '.repeat(500)}secret`
    assert.deepEqual(findMarks(text, [prefix('secr')]), [6000, 6006])
    assert.deepEqual(findMarks(text, [prefix('ipsum')]).length, 1000)
  })
})
