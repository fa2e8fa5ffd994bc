import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import type { Link, Node, Parent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Checklist } from '../../src/checklist/checklist.ts'
import { createChecklist } from '../../src/checklist/create-checklist.ts'
import { renderChecklist } from '../../src/checklist/render-checklist.ts'
import { escapeMarkdown } from '../../src/support/escape-markdown.ts'
import { validateScope } from '../../src/checklist/validate-scope.ts'
import type { RawScope } from '../../src/scope/index.ts'
import { expectedItems, flat, markdownItems } from './support/check-formats.ts'
import { parseMarkdownChecklist } from './support/parse-markdown-checklist.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'keystore' })

function checklist(raw: RawScope): Checklist {
  const result = validateScope(graph, raw)
  assert.ok(result.ok)
  return createChecklist(graph, result.scope, { generatedAt: '2026-05-06T07:08:09.000Z' })
}

test('Markdown parsed back with remark gives the same items, headings per topic, all unchecked', () => {
  for (const raw of [
    { service: 'keystore' },
    { service: 'keystore', program: 'pci-dss' },
    { service: 'queue', owner: 'customer,shared,provider' },
  ]) {
    const c = checklist(raw)
    const { body } = renderChecklist(c, 'markdown')
    const expected = expectedItems(c).map((e) => ({ ...e, statement: flat(e.statement) }))
    assert.deepEqual(markdownItems(body), expected, JSON.stringify(raw))
  }
})

test('special characters in statements survive: what renders is the statement', () => {
  const c = checklist({ service: 'queue', owner: 'customer,shared' })
  const { body } = renderChecklist(c, 'markdown')
  const { tree, tasks } = parseMarkdownChecklist(body)
  const statements = tasks.map((t) => t.lines[0])
  assert.ok(
    statements.includes(
      'Use *stars*, _underscores_, `code`, [brackets](x), <b>tags</b>, &amp; entities, a | pipe, ~~strike~~, ! and # signs \\ backslash.',
    ),
  )
  // Whitespace runs (tab, newline) collapse to one space: one item stays one item.
  assert.ok(statements.includes('Tabbed start, with "quotes", commas and a line break'))
  // No emphasis, code, html or strikethrough node came out of statement text, and the only links
  // are GFM autolink literals, whose text is the URL as written.
  const kinds = new Set<string>()
  const walk = (node: Node) => {
    kinds.add(node.type)
    if (node.type === 'link') {
      const link = node as Link
      assert.ok(link.url.endsWith(toString(link)), `unexpected link ${link.url}`)
    }
    for (const child of (node as Parent).children ?? []) walk(child)
  }
  walk(tree)
  for (const kind of ['emphasis', 'strong', 'html', 'delete']) {
    assert.ok(!kinds.has(kind), `unexpected ${kind}`)
  }
})

// Characters that mean something to Markdown, and the starts of GFM autolink literals.
const FRAGMENTS = [
  ...'ab *_`[]()<>&|~!#\\:.-+={}"\'/1é\t\n'.split(''),
  ...['http://', 'https://', 'www.', 'x@y.example', '&amp;', '&#35;', '1. ', '- ', '[ ] '],
]

test('escapeMarkdown round-trips any text through remark + GFM, even before a hard break', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join('')),
      (text) => {
        const expected = text.replace(/\s+/g, ' ').trim()
        fc.pre(expected !== '')
        const markdown = `- [ ] ${escapeMarkdown(text)}\\\n  next line\n`
        const [task] = parseMarkdownChecklist(markdown).tasks
        assert.deepEqual(task?.lines, [expected, 'next line'])
      },
    ),
    { numRuns: 300 },
  )
})

test('header, evidence links, sources as file:line or links with a base URL', () => {
  const c = checklist({ service: 'keystore', program: 'fips-140-2' })
  const plain = renderChecklist(c, 'markdown').body
  assert.match(plain, /^# Acme Keystore: FIPS 140-2 checklist\n/)
  assert.match(plain, /- Programs: FIPS 140-2 \(`fips-140-2`\)/)
  assert.match(plain, /## Inherited from Acme/)
  assert.match(
    plain,
    /Evidence to obtain: \[FIPS 140-2 certificate \\#1234\]\(https:\/\/csrc\.nist\.gov\/certificate\/1234\)/,
  )
  assert.match(plain, /Source: `keystore\/compliance\.md:6` \(Compliance › FIPS 140-2 validation\)/)
  const linked = renderChecklist(c, 'markdown', {
    sourceBaseUrl: 'https://github.com/acme/docs/blob/main/content',
  }).body
  assert.match(
    linked,
    /Source: \[`keystore\/compliance\.md:6`\]\(https:\/\/github\.com\/acme\/docs\/blob\/main\/content\/keystore\/compliance\.md#L6\)/,
  )
})

test('an empty scope says so instead of leaving empty sections', () => {
  const c = checklist({ service: 'queue', kind: 'capability' })
  const body = renderChecklist(c, 'markdown').body
  assert.match(
    body,
    /## Inherited from Acme\n\nNothing in scope\.\n\n## Your actions\n\nNothing in scope\.\n$/,
  )
})
