import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withinOneEdit } from '../../src/search/within-one-edit.ts'

test('equal strings and every single edit are within one edit', () => {
  assert.equal(withinOneEdit('encryption', 'encryption'), true)
  assert.equal(withinOneEdit('encrpytion', 'encryption'), true, 'adjacent swap')
  assert.equal(withinOneEdit('encryptian', 'encryption'), true, 'substitution')
  assert.equal(withinOneEdit('certifcate', 'certificate'), true, 'deletion')
  assert.equal(withinOneEdit('certificatte', 'certificate'), true, 'insertion')
  assert.equal(withinOneEdit('xertificate', 'certificate'), true, 'first character')
  assert.equal(withinOneEdit('certificatx', 'certificate'), true, 'last character')
})

test('two edits or more are not', () => {
  assert.equal(withinOneEdit('encrpyiton', 'encryption'), false)
  assert.equal(withinOneEdit('certfcate', 'certificate'), false)
  assert.equal(withinOneEdit('abcd', 'badc'), false)
  assert.equal(withinOneEdit('abc', 'abcde'), false)
  assert.equal(withinOneEdit('acb', 'bca'), false)
})
