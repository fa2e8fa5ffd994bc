import assert from 'node:assert/strict'
import { test } from 'node:test'
import { flattenPhrasing } from '../../../src/compile/extract/flatten-phrasing.ts'
import { isSpaceCode, locateChars, pointAt } from '../../../src/compile/extract/locate-chars.ts'
import { createMarkdownParser } from '../../../src/compile/parse/create-markdown-parser.ts'
import type { Paragraph } from 'mdast'

test('isSpaceCode agrees with \\s on every UTF-16 code unit', () => {
  for (let code = 0; code <= 0xffff; code++)
    assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`)
})

test('locateChars skips the escapes the parser dropped', () => {
  const markdown = 'Use TLS 1\\.2 or\n  later\\.'
  const value = 'Use TLS 1.2 or\nlater.'
  const end = { line: 2, column: 10, offset: markdown.length }
  const points = locateChars(value, { start: { line: 1, column: 1, offset: 0 }, end }, 3, markdown)
  assert.deepEqual(pointAt(points, value.indexOf('2')), { line: 1, column: 12 })
  assert.deepEqual(pointAt(points, value.indexOf('later')), { line: 2, column: 3 })
  assert.deepEqual(pointAt(points, value.length - 1), { line: 2, column: 9 })
  assert.equal(pointAt(points, value.length), undefined)
})

test('flattenPhrasing collapses whitespace and keeps a position for every character', () => {
  const markdown = 'Keys  **never**\nleave the `HSM`, see [the guide](x.md).\n'
  const tree = createMarkdownParser()(markdown)
  const paragraph = tree.children[0] as Paragraph
  const flat = flattenPhrasing(paragraph.children, { continuationColumn: 1, markdown })
  assert.equal(flat.text, 'Keys never leave the HSM, see the guide.')
  assert.equal(flat.points.lines.length, flat.text.length)
  assert.deepEqual(pointAt(flat.points, flat.text.indexOf('never')), { line: 1, column: 9 })
  assert.deepEqual(pointAt(flat.points, flat.text.indexOf('leave')), { line: 2, column: 1 })
  assert.deepEqual(pointAt(flat.points, flat.text.indexOf('HSM')), { line: 2, column: 12 })
  const [link] = flat.links
  assert.equal(flat.text.slice(link?.start, link?.end), 'the guide')
})
