import assert from 'node:assert/strict'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import fc from 'fast-check'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { parsePage } from '../../src/compile/parse-page.ts'
import { graphFixtures, tempDir } from './helpers.ts'

const chapter = join(graphFixtures, 'chapter', 'content')
const samples = readdirSync(chapter)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(chapter, f), 'utf8'))
  .filter((text) => text.length > 0)

/** Markdown-ish fragments that stress the dialect: headings, anchors, bold, lists, comments. */
const fragment = fc.constantFrom(
  '# ',
  '## ',
  '**',
  '**Topics**\n',
  '+ ',
  '1. ',
  '<a name="x"></a>',
  '<!-- secgraph: owner=customer -->\n',
  '<!--',
  '-->',
  '[',
  '](',
  ')',
  '\\',
  '  \n',
  '\n\n',
  '```\n',
  '> ',
  '|',
  // Other dialects: front matter, directives, alerts, includes, fields, matrices.
  '---\ntitle: x\n',
  '+++\n',
  ':::note[a]\n',
  ':::\n',
  '::leaf{a=1}\n',
  '> [!NOTE]\n',
  '[!INCLUDE [a](b.md)]\n',
  '**Responsibility**: Customer\n',
  '**Guidance**: ',
  '| Duty | Customer | Provider |\n|---|---|---|\n| a | ✓ | |\n',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '`',
)

/** A real page with random fragments inserted and random spans deleted. */
const mutatedMarkdown = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.nat(), fragment, fc.nat(40)), { maxLength: 12 }),
  )
  .map(([text, edits]) =>
    edits.reduce((acc, [at, insert, cut]) => {
      const i = at % (acc.length + 1)
      return acc.slice(0, i) + insert + acc.slice(i + cut)
    }, text),
  )

// Runs sized for the fast suite; test/fuzz/content-fuzz.test.ts (npm run test:slow) explores
// whole builds further.
test('parsePage never throws on arbitrary strings or mutated Markdown', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), mutatedMarkdown),
      (markdown) => {
        const { page } = parsePage({ file: 'p.md', markdown, service: 's' })
        assert.match(page.topicId, /^s\.[A-Za-z0-9_-]+$/)
        for (const section of page.sections) assert.ok(section.id.startsWith(`${page.topicId}.`))
        assert.equal(page.linkIds.size, page.links.length)
      },
    ),
    { numRuns: 200 },
  )
})

test('buildGraph never throws on random bytes or mutated pages, and ids stay unique', async () => {
  const { dir, cleanup } = tempDir()
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(mutatedMarkdown, fc.uint8Array({ maxLength: 200 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (pages) => {
          for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true })
          writeFileSync(join(dir, 'programs.yml'), readFileSync(join(chapter, 'programs.yml')))
          const topics = pages.map((_, i) => `+ [Page ${i}](p${i}.md)`).join('\n')
          writeFileSync(join(dir, 'security.md'), `# Security in Fuzz\n\n**Topics**\n${topics}\n`)
          pages.forEach((page, i) => writeFileSync(join(dir, `p${i}.md`), page))
          const graph = await buildGraph({ content: dir, allPages: true })
          const ids = [...graph.topics, ...graph.sections, ...graph.links, ...graph.controls].map(
            (n) => n.id,
          )
          assert.equal(new Set(ids).size, ids.length)
          assert.ok(
            !graph.diagnostics.some((d) => d.code === 'processing-failed'),
            JSON.stringify(graph.diagnostics),
          )
        },
      ),
      { numRuns: 25 },
    )
  } finally {
    cleanup()
  }
})
