import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { createMarkdownParser } from '../../src/compile/parse/create-markdown-parser.ts'
import { remarkFlowDirectives } from '../../src/compile/parse/remark-flow-directives.ts'
import { remarkGfmDialect } from '../../src/compile/parse/remark-gfm-dialect.ts'
import { scanSyntax } from '../../src/compile/parse/scan-syntax.ts'
import { sharedRoot, skipUnless } from '../support/shared-corpus.ts'

const corpora = join(sharedRoot, 'corpora')

const samples = [
  '# Keys\n\n| Key | Rotation |\n| --- | --- |\n| Root | yearly |\n',
  'Rotate keys[^1] yearly.\n\n[^1]: Or sooner after an incident.\n',
  '---\ntitle: Keys\n---\n\nRotate keys yearly.\n',
  '+++\ntitle = "Keys"\n+++\n\nRotate keys yearly.\n',
  ':::note\nRotate keys yearly.\n:::\n\n::video{#a1}\n',
  'Report misuse to security@example\\.com or https://www\\.example\\.com/report\\.\n',
  'Plain text with ~~struck~~ words, a [link](page.md) and no optional syntax.\n',
  '- [x] Turn on MFA\n- [ ] Rotate keys\n',
  '> | Key |\r\n> |:--:|\r\n> | Root |\r\n',
  '- Keys:\n\n  Name | Rotation\n  -----|---------\n  Root | yearly\n',
  'Use `a | b` in filters, or cat logs | grep denied.\n\n- one\n- two\n',
]

test('scanSyntax names the optional syntax a page can hold', () => {
  assert.deepEqual(scanSyntax(samples[0] ?? ''), ['table'])
  assert.deepEqual(scanSyntax(samples[1] ?? ''), ['footnote'])
  assert.deepEqual(scanSyntax(samples[2] ?? ''), ['frontMatter'])
  assert.deepEqual(scanSyntax(`\uFEFF${samples[3] ?? ''}`), ['frontMatter'])
  assert.deepEqual(scanSyntax(samples[4] ?? ''), ['directive'])
  assert.deepEqual(scanSyntax('Text\n\n---\n\nmore | text'), ['table'])
  // A pipe with no delimiter row under it can start no table.
  assert.deepEqual(scanSyntax(samples[10] ?? ''), [])
  assert.deepEqual(scanSyntax(samples[8] ?? ''), ['table'])
})

test(
  'pages the table check rules out have no table when tables are parsed',
  skipUnless(corpora),
  () => {
    const full = unified()
      .use(remarkParse)
      .use(remarkGfmDialect, { source: { markdown: '' }, table: true, footnote: false })
    let checked = 0
    for (const entry of readdirSync(corpora, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue
      const markdown = readFileSync(join(entry.parentPath, entry.name), 'utf8')
      if (!markdown.includes('|') || scanSyntax(markdown).includes('table')) continue
      checked++
      const tables = full.parse(markdown).children.filter((node) => node.type === 'table')
      assert.equal(tables.length, 0, entry.name)
    }
    assert.ok(checked > 10, `${checked} pages checked`)
  },
)

test('the parser gives the tree of a parser with every syntax on', () => {
  const parse = createMarkdownParser()
  for (const markdown of samples) {
    const full = unified()
      .use(remarkParse)
      .use(remarkGfmDialect, { source: { markdown }, table: true, footnote: true })
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .use(remarkFlowDirectives)
    assert.deepEqual(parse(markdown), full.parse(markdown), markdown)
  }
})

test('the parser reads each optional syntax when the page has it', () => {
  const parse = createMarkdownParser()
  const types = (markdown: string): string[] => parse(markdown).children.map((node) => node.type)
  assert.deepEqual(types(samples[0] ?? ''), ['heading', 'table'])
  assert.deepEqual(types(samples[1] ?? ''), ['paragraph', 'footnoteDefinition'])
  assert.deepEqual(types(samples[2] ?? ''), ['yaml', 'paragraph'])
  assert.deepEqual(types(samples[4] ?? ''), ['containerDirective', 'leafDirective'])
  // Bare URLs are linked, with the source position of their text.
  const [paragraph] = parse(samples[5] ?? '').children
  assert.ok(paragraph?.type === 'paragraph')
  const links = paragraph.children.filter((node) => node.type === 'link')
  assert.deepEqual(
    links.map((link) => [link.url, link.position?.start.column]),
    [
      ['mailto:security@example.com', 18],
      ['https://www.example.com/report', 43],
    ],
  )
})
