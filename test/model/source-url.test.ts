import assert from 'node:assert/strict'
import { test } from 'node:test'
import { expandSourceUrl, sourceUrlProblem, unknownPlaceholders } from '../../src/model/index.ts'

const values = { path: 'keys/rotate', file: 'keys/rotate.md', anchor: 'key-rotation', line: '12' }

test('expands every placeholder, percent-encoding values and keeping path slashes', () => {
  assert.equal(
    expandSourceUrl('https://docs.example.com/vault/{path}.html#{anchor}', values),
    'https://docs.example.com/vault/keys/rotate.html#key-rotation',
  )
  assert.equal(
    expandSourceUrl('https://git.example.com/docs/blob/main/{file}#L{line}', values),
    'https://git.example.com/docs/blob/main/keys/rotate.md#L12',
  )
  assert.equal(
    expandSourceUrl('https://docs.example.com/{path}', { ...values, path: 'a b/c#d' }),
    'https://docs.example.com/a%20b/c%23d',
  )
})

test('an empty anchor takes its # along: the top of a page links to the page', () => {
  assert.equal(
    expandSourceUrl('https://docs.example.com/vault/{path}.html#{anchor}', {
      ...values,
      anchor: '',
    }),
    'https://docs.example.com/vault/keys/rotate.html',
  )
})

test('unknown placeholders are found with their offsets and left as written', () => {
  const template = 'https://docs.example.com/{page}/{path}#{heading}'
  assert.deepEqual(unknownPlaceholders(template), [
    { name: 'page', offset: 25 },
    { name: 'heading', offset: 39 },
  ])
  assert.equal(
    expandSourceUrl(template, values),
    'https://docs.example.com/{page}/keys/rotate#{heading}',
  )
})

test('a template is usable when its placeholders are known and it makes an http(s) URL', () => {
  assert.equal(sourceUrlProblem('https://docs.example.com/{path}#{anchor}'), null)
  assert.equal(sourceUrlProblem('http://intranet/{file}#L{line}'), null)
  assert.match(
    sourceUrlProblem('https://docs.example.com/{page}') ?? '',
    /unknown placeholder \{page\}/,
  )
  assert.match(sourceUrlProblem('docs/{path}') ?? '', /not an absolute URL/)
  assert.match(sourceUrlProblem('ftp://docs.example.com/{path}') ?? '', /http\(s\)/)
})
