import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePage } from '../../src/compile/parse-page.ts'
import { buildTree } from '../../src/compile/steps/build-tree.ts'
import { contentHash } from '../../src/compile/steps/content-hash.ts'
import { decodeUtf8 } from '../../src/compile/helpers/decode-utf8.ts'
import { resolveHref } from '../../src/compile/helpers/resolve-href.ts'
import { sortDiagnostics } from '../../src/compile/steps/sort-diagnostics.ts'
import type { Diagnostic } from '../../src/model/diagnostic.ts'

test('resolveHref: sibling, anchor, same-page, parent folder, escapes, external', () => {
  assert.deepEqual(resolveHref('kms/a.md', 'b.md'), {
    kind: 'internal',
    path: 'kms/b.md',
    anchor: null,
    outside: false,
  })
  assert.deepEqual(resolveHref('a.md', 'b.md#x-y'), {
    kind: 'internal',
    path: 'b.md',
    anchor: 'x-y',
    outside: false,
  })
  assert.deepEqual(resolveHref('a.md', '#top'), {
    kind: 'internal',
    path: null,
    anchor: 'top',
    outside: false,
  })
  assert.deepEqual(resolveHref('kms/a.md', '../cloudhsm/b%20c.md?x=1#s'), {
    kind: 'internal',
    path: 'cloudhsm/b c.md',
    anchor: 's',
    outside: false,
  })
  assert.equal((resolveHref('a.md', '../../x.md') as { outside: boolean }).outside, true)
  for (const href of ['https://x.example/a.md', 'mailto:a@b.c', '//cdn.example/x']) {
    assert.deepEqual(resolveHref('a.md', href), { kind: 'external' })
  }
})

test('decodeUtf8: strict, BOM dropped, the offset of the first bad byte', () => {
  assert.deepEqual(decodeUtf8(Buffer.from('\uFEFFhé', 'utf8')), { text: 'hé' })
  assert.deepEqual(decodeUtf8(Buffer.from([0x61, 0xc0, 0xaf])), { invalidAt: 1 }) // overlong
  assert.deepEqual(decodeUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80])), { invalidAt: 2 }) // surrogate
  assert.deepEqual(decodeUtf8(Buffer.from([0xe2, 0x82])), { invalidAt: 0 }) // truncated
  assert.deepEqual(decodeUtf8(Buffer.from([0x61, 0xff])), { invalidAt: 1 })
})

test('contentHash: order-independent, sensitive to names, digests and unreadable files', () => {
  const a = { name: 'a.md', digest: '01' }
  const b = { name: 'b.md', digest: '02' }
  assert.equal(contentHash([a, b]), contentHash([b, a]))
  assert.notEqual(contentHash([a, b]), contentHash([a, { ...b, digest: '03' }]))
  assert.notEqual(contentHash([a, b]), contentHash([a, { ...b, name: 'c.md' }]))
  assert.notEqual(contentHash([a, b]), contentHash([a, { ...b, digest: null }]))
})

test('sortDiagnostics: file, line, column, code; exact repeats dropped', () => {
  const d = (file: string, line: number, column: number, code: string): Diagnostic => ({
    code,
    severity: 'warning',
    message: 'm',
    hint: 'h',
    file,
    line,
    column,
  })
  const sorted = sortDiagnostics([
    d('b.md', 1, 1, 'x'),
    d('a.md', 10, 1, 'x'),
    d('a.md', 2, 5, 'b'),
    d('a.md', 2, 5, 'a'),
    d('a.md', 2, 5, 'a'),
  ])
  assert.deepEqual(
    sorted.map((x) => `${x.file}:${x.line}:${x.column}:${x.code}`),
    ['a.md:2:5:a', 'a.md:2:5:b', 'a.md:10:1:x', 'b.md:1:1:x'],
  )
})

test('buildTree: depth-first along Topics lists, cycles and double listings reported once', () => {
  const pages: Record<string, string> = {
    'root.md': '# Root\n\n**Topics**\n+ [A](a.md)\n+ [B](b.md)\n+ [Gone](gone.md)\n+ [Here](#x)\n',
    'a.md': '# A\n\n**Topics**\n+ [A1](a1.md)\n+ [Root](root.md)\n',
    'a1.md': '# A1\n\nText\\.\n',
    'b.md': '# B\n\n**Topics**\n+ [A1 again](a1.md)\n',
  }
  const diagnostics: Diagnostic[] = []
  const pageOf = (file: string) =>
    pages[file] === undefined ? null : parsePage({ file, markdown: pages[file], service: 's' }).page
  const tree = buildTree({ rootFile: 'root.md', pageOf, otherFiles: [], diagnostics })
  assert.deepEqual(
    tree.map((e) => [e.page.topicId, e.parent, e.children]),
    [
      ['s.root', null, ['s.a', 's.b']],
      ['s.a', 's.root', ['s.a1']],
      ['s.a1', 's.a', []],
      ['s.b', 's.root', []],
    ],
  )
  assert.deepEqual(
    diagnostics.map((x) => `${x.file}:${x.line} ${x.code}`),
    ['a.md:5 duplicate-topic', 'b.md:4 duplicate-topic'],
  )
})
