import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAnnotationText, parseAnnotation } from '../../../src/compile/extract/parse-annotation.ts'

const parse = (text: string) =>
  parseAnnotation({
    text,
    file: 'a.md',
    line: 7,
    column: 3,
    isProgram: (id) => ['soc-2', 'pci-dss'].includes(id),
  })

test('parses every key and flag', () => {
  const { annotation, diagnostics } = parse(
    'secgraph: owner=shared kind=capability programs=soc-2,pci-dss id=my-id control',
  )
  assert.deepEqual(diagnostics, [])
  assert.deepEqual(annotation, {
    owner: 'shared',
    kind: 'capability',
    programs: ['pci-dss', 'soc-2'],
    id: 'my-id',
    skip: false,
    control: true,
    line: 7,
    column: 3,
  })
  assert.equal(parse('secgraph: skip').annotation?.skip, true)
  assert.equal(parse('SecGraph :  skip  ').annotation?.skip, true)
})

test('ignores comments that are not for secgraph', () => {
  assert.equal(isAnnotationText('TODO: fix'), false)
  assert.deepEqual(parse('just a comment'), { annotation: null, diagnostics: [] })
})

const errors: [string, string][] = [
  ['secgraph: owner=nobody', 'annotation-unknown-owner'],
  ['secgraph: kind=rule', 'annotation-unknown-kind'],
  ['secgraph: programs=soc-2,nope', 'annotation-unknown-program'],
  ['secgraph: colour=red', 'annotation-syntax'],
  ['secgraph: frobnicate', 'annotation-syntax'],
  ['secgraph: owner=', 'annotation-syntax'],
  ['secgraph: id=Has_Caps', 'annotation-syntax'],
  ['secgraph: skip control', 'annotation-syntax'],
  ['secgraph:', 'annotation-syntax'],
]

for (const [text, code] of errors) {
  test(`reports ${code} for "${text}"`, () => {
    const { diagnostics } = parse(text)
    assert.equal(diagnostics.length, 1)
    assert.equal(diagnostics[0]?.code, code)
    assert.equal(diagnostics[0]?.severity, 'error')
    assert.deepEqual(
      [diagnostics[0]?.file, diagnostics[0]?.line, diagnostics[0]?.column],
      ['a.md', 7, 3],
    )
  })
}

test('keeps the valid parts of a partly wrong annotation', () => {
  const { annotation } = parse('secgraph: owner=nobody kind=guarantee programs=soc-2,nope')
  assert.equal(annotation?.owner, undefined)
  assert.equal(annotation?.kind, 'guarantee')
  assert.deepEqual(annotation?.programs, ['soc-2'])
})
