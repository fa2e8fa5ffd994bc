import assert from 'node:assert/strict'
import { test } from 'node:test'
import { toString } from 'mdast-util-to-string'
import { docFiles, parseDoc, walkTree } from './support/doc-files.ts'

const pages = docFiles().filter((f) => f.startsWith('docs/') && !f.startsWith('docs/reference/'))

test('each docs page: a title, one paragraph on what it covers, then Usage, Reference, Limits', () => {
  const wrong: string[] = []
  for (const file of pages) {
    const tree = parseDoc(file)
    const [title, intro] = tree.children
    if (title?.type !== 'heading' || title.depth !== 1) wrong.push(`${file}: no # title first`)
    if (intro?.type !== 'paragraph') wrong.push(`${file}: no paragraph right after the title`)
    const sections = tree.children.flatMap((node) =>
      node.type === 'heading' && node.depth <= 2
        ? [`${'#'.repeat(node.depth)} ${toString(node)}`]
        : [],
    )
    const h2 = sections.slice(1)
    const expected =
      h2[0] === '## Usage'
        ? ['## Usage', '## Reference', '## Limits']
        : ['## Reference', '## Limits']
    if (sections.filter((s) => s.startsWith('# ')).length !== 1)
      wrong.push(`${file}: more than one # title`)
    if (JSON.stringify(h2) !== JSON.stringify(expected))
      wrong.push(`${file}: ## sections are ${h2.join(', ')}; expected ${expected.join(', ')}`)
  }
  assert.deepEqual(wrong, [])
})

test('generated reference pages say so on their first line', () => {
  for (const file of docFiles().filter((f) => f.startsWith('docs/reference/'))) {
    const first = parseDoc(file).children[0]
    assert.ok(
      first?.type === 'html' && /^<!-- generated from .+ do not edit/.test(first.value),
      `${file} does not open with a "generated from … do not edit" comment`,
    )
  }
})

test('the README stays short and lists every docs page', () => {
  const readme = parseDoc('README.md')
  const lines = readme.position?.end.line ?? 0
  assert.ok(lines <= 200, `README.md has ${lines} lines; keep it at most 200`)
  const linked = new Set<string>()
  for (const node of walkTree(readme))
    if (node.type === 'link') linked.add(node.url.split('#')[0] ?? '')
  assert.deepEqual(
    pages.filter((page) => !linked.has(page)),
    [],
    'docs pages missing from the README',
  )
})
