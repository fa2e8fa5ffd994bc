import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Paragraph, Table } from 'mdast'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { unified } from 'unified'
import { partyOf, readMatrix } from '../../src/compile/parse/read-responsibility.ts'
import { splitLabel } from '../../src/compile/parse/split-label.ts'

const parse = unified().use(remarkParse).use(remarkGfm)
const first = <T>(markdown: string): T => parse.parse(markdown).children[0] as T

test('partyOf reads the usual names of each party', () => {
  const cases: [string, ReturnType<typeof partyOf>][] = [
    ['Customer', 'customer'],
    ['You', 'customer'],
    ['Microsoft', 'provider'],
    ['AWS', 'provider'],
    ['Cloud provider', 'provider'],
    ['Shared', 'shared'],
    ['Customer and Microsoft', 'shared'],
    ['Not applicable', null],
    ['N/A', null],
    ['The security team', undefined],
  ]
  for (const [value, owner] of cases) assert.equal(partyOf(value), owner, value)
})

test('splitLabel: short values are metadata, sentences lose their label', () => {
  const markdown = '**Monitoring**: Yes'
  assert.deepEqual(splitLabel(first<Paragraph>(markdown), markdown), {
    type: 'metadata',
    label: 'Monitoring',
    value: 'Yes',
  })
  const sentence = '**Guidance:** Turn on *audit* logging.'
  const split = splitLabel(first<Paragraph>(sentence), sentence)
  assert.equal(split?.type, 'statement')
  assert.ok(split?.type === 'statement')
  assert.deepEqual(split.rest.position?.start, { line: 1, column: 15, offset: 14 })
  assert.equal(split.rest.children[0]?.type === 'text' && split.rest.children[0].value, 'Turn on ')
})

test('splitLabel leaves emphasis, pseudo-headings and instruction labels alone', () => {
  for (const markdown of [
    '**Bold** words in a sentence.',
    '**Heading**  \nText on the next line.',
    '**Enable logging**: it records every change.',
    'A plain paragraph: with a colon.',
  ]) {
    assert.equal(splitLabel(first<Paragraph>(markdown), markdown), null, markdown)
  }
})

test('readMatrix: party columns and marks give each duty its owner', () => {
  const markdown =
    '| Duty | You | Provider |\n|---|---|---|\n| Rotate keys | Yes | |\n| Guard hosts | | ✔ |\n| Back up | x | x |\n| Read notes | | |\n'
  const rows = readMatrix(first<Table>(markdown))
  assert.deepEqual(
    rows?.map((row) => [row.duty.position?.start.line, row.owner]),
    [
      [3, 'customer'],
      [4, 'provider'],
      [5, 'shared'],
    ],
  )
  const notMatrix = '| Setting | Effect | Default |\n|---|---|---|\n| ttl | Ends sessions | 15 |\n'
  assert.equal(readMatrix(first<Table>(notMatrix)), null)
})
