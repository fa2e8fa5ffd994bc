import assert from 'node:assert/strict'
import { test } from 'node:test'
import { toString } from 'mdast-util-to-string'
import { parsePage } from '../../src/compile/parse-page.ts'
import { runFixtures } from '../support/fixtures.ts'

const fixtures = new URL('../fixtures/compile/parse/', import.meta.url)

/** A JSON view of the parse result: mdast nodes reduced to their type, position and text. */
function snapshot(markdown: string): unknown {
  const { page, diagnostics } = parsePage({ file: 'input.md', markdown, service: 'svc' })
  return {
    topicId: page.topicId,
    title: page.title,
    anchor: page.anchor,
    source: page.source,
    sections: page.sections,
    blocks: page.blocks.map((block) => ({
      type: block.node.type,
      line: block.node.position?.start.line,
      column: block.node.position?.start.column,
      text: toString(block.node),
      section: block.section,
      headingPath: block.headingPath,
      annotations: block.annotations,
    })),
    topicsList: page.topicsList,
    anchors: Object.fromEntries(page.anchors),
    links: page.links,
    linkIds: [...page.linkIds.values()],
    diagnostics,
  }
}

runFixtures(fixtures, 'parsePage fixture', ({ read }) => snapshot(read()))

test('parsePage maps every link node to its id, including links inside split pseudo-headings', () => {
  const markdown = '# T\n\n**Head**  \nText with [a](a.md) and [b](https://b.example)\\.\n'
  const { page } = parsePage({ file: 'p.md', markdown, service: 's' })
  assert.equal(page.blocks.length, 1)
  const block = page.blocks[0]
  assert.ok(block?.node.type === 'paragraph')
  const linkNodes = block.node.children.filter((child) => child.type === 'link')
  assert.deepEqual(
    linkNodes.map((node) => page.linkIds.get(node)),
    ['s.t.link-1', 's.t.link-2'],
  )
  assert.equal(block.section, 's.t.head')
  assert.equal(block.node.position?.start.line, 4)
})

test('parsePage accepts an empty page without diagnostics', () => {
  const { page, diagnostics } = parsePage({ file: 'dir/empty.md', markdown: '', service: 's' })
  assert.equal(page.topicId, 's.empty')
  assert.equal(page.title, 'empty')
  assert.deepEqual(page.blocks, [])
  assert.deepEqual(diagnostics, [])
})
