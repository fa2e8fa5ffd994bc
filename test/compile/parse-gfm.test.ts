import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { extractControls } from '../../src/compile/extract/extract-controls.ts'
import { parsePage } from '../../src/compile/parse-page.ts'
import type { Service } from '../../src/model/service.ts'
import { tempDir } from './helpers.ts'

const fixtures = new URL('../fixtures/compile/parse/', import.meta.url).pathname
const tableMarkdown = readFileSync(join(fixtures, 'gfm-table', 'input.md'), 'utf8')
const autolinkMarkdown = readFileSync(join(fixtures, 'gfm-autolinks', 'input.md'), 'utf8')
const service: Service = {
  id: 'storage',
  name: 'Example Storage',
  provider: 'AWS',
  rootTopic: 'storage.storage-security',
  dir: '.',
}

function nodesOfType(root: Nodes, type: string): Nodes[] {
  const found: Nodes[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === type) found.push(node)
    if ('children' in node) stack.push(...[...node.children].reverse())
  }
  return found
}

test('a GFM pipe table is a table block whose cells keep their links and escapes', () => {
  const { page } = parsePage({ file: 'p.md', markdown: tableMarkdown, service: 'storage' })
  const table = page.blocks.find((block) => block.node.type === 'table')
  assert.ok(table, 'the table is parsed as a table')
  assert.equal(table.section, 'storage.storage-security.bucket-settings')
  assert.equal(table.node.position?.start.line, 6)
  const rows = nodesOfType(table.node, 'tableRow')
  assert.equal(rows.length, 5)
  const cells = rows.map((row) => nodesOfType(row, 'tableCell').map((cell) => toString(cell)))
  assert.deepEqual(cells[3], [
    'Versioning | MFA delete',
    'You should enable versioning on buckets that hold audit logs.',
  ])
  const links = nodesOfType(table.node, 'link')
  assert.deepEqual(
    links.map((link) => page.linkIds.get(link)),
    ['storage.storage-security.link-1', 'storage.storage-security.link-2'],
  )
  assert.deepEqual(
    page.links.slice(0, 2).map((link) => [link.href, link.source.line, link.source.column]),
    [
      ['access-blocks.md#overview', 8, 74],
      ['#transport', 11, 15],
    ],
  )
  // The Topics list after the table is still found.
  assert.deepEqual(
    page.topicsList?.map((entry) => entry.href),
    ['access-blocks.md'],
  )
})

test('table rows give controls from their statement cells, not from row labels or link cells', () => {
  const { page } = parsePage({ file: 'p.md', markdown: tableMarkdown, service: 'storage' })
  const { controls } = extractControls(page, { service, programs: [], markdown: tableMarkdown })
  assert.deepEqual(
    controls.map((c) => [c.statement, c.kind, c.owner, c.source.line, c.source.column]),
    [
      ['Turn on the public access block for every bucket.', 'recommendation', 'customer', 8, 19],
      [
        'Buckets must encrypt new objects with a managed key (AES-256 or KMS).',
        'requirement',
        'customer',
        9,
        24,
      ],
      [
        'You should enable versioning on buckets that hold audit logs.',
        'recommendation',
        'customer',
        10,
        30,
      ],
      ['Clients must connect over HTTPS.', 'requirement', 'customer', 18, 1],
    ],
  )
  assert.ok(controls.every((c) => c.section?.startsWith('storage.storage-security.')))
})

test('bare URLs become external links with unescaped targets and exact columns', () => {
  const { page } = parsePage({ file: 'p.md', markdown: autolinkMarkdown, service: 'storage' })
  assert.deepEqual(
    page.links.map((link) => [
      link.kind,
      link.href,
      link.text,
      link.source.line,
      link.source.column,
    ]),
    [
      [
        'external',
        'https://security.example.com/report',
        'https://security.example.com/report',
        3,
        27,
      ],
      ['external', 'mailto:security@example.com', 'security@example.com', 3, 77],
      ['external', 'https://status.example.com/', 'https://status.example.com/', 5, 19],
      ['external', 'http://www.example.org', 'www.example.org', 5, 77],
      ['external', 'https://console.example.com/', 'https://console.example.com/', 10, 14],
      ['external', 'https://example.com/explicit', 'https://example.com/explicit', 12, 13],
      ['external', 'https://example.com/named', 'a named one', 12, 53],
    ],
  )
  // The bold around an escaped bare URL survives (the URL does not swallow the closing `**`).
  const console = page.blocks.find((block) => block.headingPath.includes('Console'))
  assert.ok(console?.node.type === 'paragraph')
  assert.deepEqual(
    console.node.children.map((child) => child.type),
    ['text', 'strong', 'text'],
  )
  assert.equal(toString(console.node), 'Sign in at https://console.example.com/.')
})

test('bare URLs are linked wherever they sit, except inside a link, and entities count', () => {
  const markdown = [
    '# P',
    '',
    'Reports: *see https://a.example.com/r* and [**mirror https://b.example.com/m**](https://c.example.com/).',
    '',
    'Write to audit&#64;example.com for copies.',
    '',
  ].join('\n')
  const { page } = parsePage({ file: 'p.md', markdown, service: 'storage' })
  assert.deepEqual(
    page.links.map((link) => [link.href, link.text, link.source.line, link.source.column]),
    [
      ['https://a.example.com/r', 'https://a.example.com/r', 3, 15],
      ['https://c.example.com/', 'mirror https://b.example.com/m', 3, 44],
      ['mailto:audit@example.com', 'audit@example.com', 5, 10],
    ],
  )
  // A page whose only hint is a character reference.
  const entity = parsePage({
    file: 'q.md',
    markdown: 'Mail audit&#64;example.com.\n',
    service: 'storage',
  })
  assert.deepEqual(
    entity.page.links.map((link) => link.href),
    ['mailto:audit@example.com'],
  )
})

test('the text around a bare URL keeps exact source columns for extraction', () => {
  const markdown = '# P\n\nSee https://a\\.example\\.com/x\\-y\\. You must rotate keys\\.\n'
  const { page } = parsePage({ file: 'p.md', markdown, service: 'storage' })
  const { controls } = extractControls(page, { service, programs: [], markdown })
  assert.deepEqual(
    controls.map((c) => [c.statement, c.source.line, c.source.column]),
    [['You must rotate keys.', 3, 36]],
  )
  assert.equal(page.links[0]?.href, 'https://a.example.com/x-y')
})

test('strikethrough is parsed as a delete node', () => {
  const { page } = parsePage({ file: 'p.md', markdown: autolinkMarkdown, service: 'storage' })
  const struck = page.blocks.flatMap((block) => nodesOfType(block.node, 'delete'))
  assert.deepEqual(
    struck.map((node) => toString(node)),
    ['The legacy endpoint accepts TLS 1.0.'],
  )
})

test('a build with tables and bare URLs reports no diagnostics and resolves table links', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const root = tableMarkdown.replace('# Storage security', '# Security in Example Storage')
    writeFileSync(join(dir, 'security.md'), root)
    writeFileSync(
      join(dir, 'access-blocks.md'),
      '# Access blocks<a name="access-blocks"></a>\n\n## Overview<a name="overview"></a>\n\nSee [contacts](contacts.md)\\.\n\n**Topics**\n+ [Contacts](contacts.md)\n',
    )
    writeFileSync(join(dir, 'contacts.md'), autolinkMarkdown)
    const graph = await buildGraph({ content: dir })
    assert.deepEqual(graph.diagnostics, [])
    const tableLink = graph.links.find((link) => link.href === 'access-blocks.md#overview')
    assert.equal(tableLink?.target, 'example-storage.access-blocks.overview')
    assert.equal(graph.links.filter((link) => link.from === 'example-storage.contacts').length, 7)
  } finally {
    cleanup()
  }
})

const upstream = new URL(
  '../../../shared/corpora/aws-cloudhsm-user-guide/doc_source/',
  import.meta.url,
).pathname

test(
  'upstream pages: tables are parsed and bare URLs link to unescaped, placed targets',
  { skip: existsSync(upstream) ? false : `upstream corpus not found: ${upstream}` },
  () => {
    let tables = 0
    let bare = 0
    for (const file of readdirSync(upstream).filter((name) => name.endsWith('.md'))) {
      const markdown = readFileSync(join(upstream, file), 'utf8')
      // Only pages with a pipe table or a bare URL are affected by GFM.
      if (!/^\|.*\|\s*$|[^(<]https?:\/\//m.test(markdown)) continue
      const { page } = parsePage({ file, markdown, service: 'cloudhsm' })
      tables += page.blocks.filter((block) => block.node.type === 'table').length
      const lines = markdown.split('\n')
      for (const link of page.links) {
        const at = (lines[link.source.line - 1] ?? '').slice(link.source.column - 1)
        if (link.text !== link.href.replace(/^mailto:/, '') || /^[[<]/.test(at)) continue
        bare++
        assert.ok(!link.href.includes('\\'), `${file}: ${link.href}`)
        const unescaped = at.replace(/\\([!-/:-@[-`{-~])/g, '$1')
        assert.ok(
          unescaped.startsWith(link.text),
          `${file}:${link.source.line}:${link.source.column} ${link.href}`,
        )
      }
    }
    assert.ok(tables >= 30, `${tables} tables`)
    assert.ok(bare >= 5, `${bare} bare URLs`)
  },
)
