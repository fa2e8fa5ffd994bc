/**
 * Content fuzzing: mutated copies of real pages (content/ always, the upstream guide when
 * ../shared exists) and hostile shapes — truncation, binary garbage, nesting 1,000+ deep, a 10 MB
 * line, 5,000 headings, link and Topics cycles. Every build must end (generous per-case timeouts,
 * no timing assertions) with a graph and diagnostics: no throw, no crash caught as
 * `processing-failed`, no stack trace in any message, unique ids, bounded heap growth.
 */
import assert from 'node:assert/strict'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import fc from 'fast-check'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { BuildOptions } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'

const projectRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)))
const guide = resolve(
  projectRoot,
  '..',
  'shared',
  'corpora',
  'aws-cloudhsm-user-guide',
  'doc_source',
)
const HEAP_BOUND = 1024 * 1024 * 1024
// A full collection before each heap reading, so the bound applies to what the build retains.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void
const CASE_TIMEOUT = 240_000
const SEED = 6_2026

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f))
}

const ownPages = markdownFiles(join(projectRoot, 'content')).map((f) => readFileSync(f))
// A fixed sample of the guide (every 15th page) keeps the runtime bounded.
const upstreamPages = existsSync(guide)
  ? markdownFiles(guide)
      .filter((_, i) => i % 15 === 0)
      .map((f) => readFileSync(f))
  : []

const temps: string[] = []
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

/** A content root with one service: `security.md` listing `pages` (file name → bytes) as Topics. */
function writeService(pages: Map<string, Uint8Array | string>, root?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'secgraph-content-fuzz-'))
  temps.push(dir)
  const folder = join(dir, 'fuzz')
  mkdirSync(folder)
  const topics = [...pages.keys()].map((file) => `+ [${file}](${file})`).join('\n')
  writeFileSync(
    join(folder, 'security.md'),
    root ??
      `# Security in AWS Fuzz Target\n\nYou must keep this page short\\.\n\n**Topics**\n${topics}\n`,
  )
  for (const [file, bytes] of pages) writeFileSync(join(folder, file), bytes)
  return dir
}

const STACK = /\n\s+at |\bat .+\.[cm]?[jt]s:\d+:\d+|node:internal/

/** Builds and checks what every build of hostile content must satisfy; returns the graph. */
async function buildChecked(content: string, options: Partial<BuildOptions> = {}): Promise<Graph> {
  collectGarbage()
  const heapBefore = process.memoryUsage().heapUsed
  const graph = await buildGraph({ content, ...options })
  collectGarbage()
  const growth = process.memoryUsage().heapUsed - heapBefore
  assert.ok(growth < HEAP_BOUND, `heap grew by ${(growth / 2 ** 20).toFixed(0)} MiB`)
  const crashes = graph.diagnostics.filter((d) => d.code === 'processing-failed')
  assert.deepEqual(crashes, [], 'a stage crashed on this input')
  for (const d of graph.diagnostics) {
    assert.doesNotMatch(`${d.message}\n${d.hint}`, STACK, `${d.code} leaks a stack trace`)
    assert.ok(d.line >= 1 && d.column >= 1, `${d.code} has a position`)
  }
  for (const [name, nodes] of [
    ['topic', graph.topics],
    ['section', graph.sections],
    ['control', graph.controls],
    ['link', graph.links],
    ['attestation', graph.attestations],
  ] as const) {
    const ids = nodes.map((n) => n.id)
    assert.equal(new Set(ids).size, ids.length, `${name} ids are unique`)
  }
  const topics = new Set(graph.topics.map((t) => t.id))
  for (const control of graph.controls) assert.ok(topics.has(control.topic), control.id)
  for (const topic of graph.topics) {
    if (topic.parent !== null) assert.ok(topics.has(topic.parent), `${topic.id} parent`)
  }
  JSON.stringify(graph) // the graph stays serialisable
  return graph
}

const codes = (graph: Graph) => new Set(graph.diagnostics.map((d) => d.code))

/** Seeded mutations of a real page's bytes. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('garbage' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(
        '\u0000',
        '\uFEFF',
        '\n# \n',
        '\n**Topics**\n+ [loop](security.md)\n',
        '<!-- secgraph: owner=nobody -->\n',
        '<!--',
        '](',
        '\n```\n',
        '<a name="',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('cut' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat(400),
  }),
)

function mutate(bytes: Uint8Array, edits: MutationValue[]): Uint8Array {
  let out = Buffer.from(bytes)
  for (const edit of edits) {
    const at = Math.floor(edit.at * out.length)
    switch (edit.kind) {
      case 'truncate':
        out = out.subarray(0, at) // may cut a multi-byte character in half
        break
      case 'garbage':
        out = Buffer.concat([out.subarray(0, at), edit.bytes, out.subarray(at)])
        break
      case 'text':
        out = Buffer.concat([out.subarray(0, at), Buffer.from(edit.text), out.subarray(at)])
        break
      case 'cut':
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + edit.length)])
        break
    }
  }
  return out
}

type MutationValue = typeof mutation extends fc.Arbitrary<infer T> ? T : never

describe('content fuzzing: the build always ends with a graph and diagnostics', () => {
  it(
    'mutated copies of the content/ pages (truncated, garbage, cut, odd text)',
    { timeout: CASE_TIMEOUT },
    async () => {
      assert.ok(ownPages.length > 5)
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(
              fc.nat(ownPages.length - 1),
              fc.array(mutation, { minLength: 1, maxLength: 4 }),
            ),
            {
              minLength: 1,
              maxLength: 6,
            },
          ),
          fc.boolean(),
          async (picks, allPages) => {
            const pages = new Map<string, Uint8Array>()
            picks.forEach(([index, edits], i) => {
              pages.set(`page-${i}.md`, mutate(ownPages[index] as Uint8Array, edits))
            })
            await buildChecked(writeService(pages), { allPages })
          },
        ),
        { seed: SEED, numRuns: 40 },
      )
    },
  )

  it(
    'mutated copies of the upstream guide',
    {
      timeout: CASE_TIMEOUT,
      skip: upstreamPages.length === 0 ? `upstream guide not found: ${guide}` : false,
    },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.nat(),
          async (edits, salt) => {
            const pages = new Map<string, Uint8Array>()
            upstreamPages.forEach((bytes, i) => {
              pages.set(`page-${i}.md`, i % 3 === salt % 3 ? mutate(bytes, edits) : bytes)
            })
            await buildChecked(writeService(pages))
          },
        ),
        { seed: SEED, numRuns: 12 },
      )
    },
  )

  it(
    'a truncated root page, a root of binary garbage, and an empty root',
    { timeout: CASE_TIMEOUT },
    async () => {
      const own = ownPages[0] as Uint8Array
      for (const root of [
        own.subarray(0, Math.floor(own.length / 3)).toString(),
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
        '',
      ]) {
        await buildChecked(writeService(new Map([['a.md', own]]), root))
      }
      // Invalid UTF-8 bytes are reported with the file, never thrown.
      const graph = await buildChecked(
        writeService(new Map([['bad.md', Buffer.from([0x23, 0x20, 0xff, 0xfe, 0xc3])]])),
      )
      assert.ok(codes(graph).has('invalid-utf8'))
    },
  )

  it(
    'lists and blockquotes nested 1,000+ levels deep are flattened with a warning',
    { timeout: CASE_TIMEOUT },
    async () => {
      const depth = 1_200
      const pages = new Map<string, string>([
        [
          'lists.md',
          '# Deep lists\n\n' +
            Array.from(
              { length: depth },
              (_, i) => `${'  '.repeat(i)}+ You must rotate key ${i}\\.`,
            ).join('\n') +
            '\n',
        ],
        [
          'quotes.md',
          '# Deep quotes\n\n' +
            Array.from({ length: depth }, (_, i) => `${'> '.repeat(i + 1)}Level ${i}`).join('\n') +
            '\n',
        ],
        ['one-line.md', `# One line\n\n${'> '.repeat(5_000)}You must encrypt data\\.\n`],
        [
          'mixed.md',
          '# Mixed\n\n' +
            Array.from({ length: depth }, (_, i) => `${'> '.repeat(i)}+ item ${i}`).join('\n') +
            '\n',
        ],
      ])
      const graph = await buildChecked(writeService(pages))
      const flattened = graph.diagnostics.filter((d) => d.code === 'nesting-too-deep')
      assert.equal(flattened.length, 4)
      assert.ok(flattened.every((d) => d.severity === 'warning' && d.line > 1))
      // The text survives the flattening: statements deep in the list are still found.
      assert.ok(graph.controls.some((c) => c.statement.includes(`rotate key ${depth - 1}`)))
    },
  )

  it('a 10 MB line, and a 4 MB line of 160,000 sentences', { timeout: CASE_TIMEOUT }, async () => {
    const words = 'encryption keys rotate quietly across regions '
    const pages = new Map<string, string>([
      ['huge.md', `# Huge line\n\n${words.repeat(Math.ceil(10_000_000 / words.length))}\n`],
    ])
    await buildChecked(writeService(pages))
    const sentences = 'You must rotate the keys\\. '
    const many = await buildChecked(
      writeService(new Map([['many.md', `# Many\n\n${sentences.repeat(160_000)}\n`]])),
    )
    // More controls on one page than `push(...spread)` can take without overflowing the stack.
    assert.ok(many.controls.length > 150_000, `${many.controls.length} controls`)
  })

  it('5,000 headings, distinct and identical', { timeout: CASE_TIMEOUT }, async () => {
    const distinct = Array.from(
      { length: 5_000 },
      (_, i) => `## Heading ${i}\n\nYou must check item ${i}\\.\n`,
    ).join('\n')
    const same = Array.from({ length: 5_000 }, () => '## Same\n\nYou must check it\\.\n').join('\n')
    const graph = await buildChecked(
      writeService(
        new Map([
          ['distinct.md', `# Distinct\n\n${distinct}`],
          ['same.md', `# Same\n\n${same}`],
        ]),
      ),
    )
    // Identical headings get numbered anchors, so every section keeps a unique id.
    assert.equal(graph.sections.length, 10_000)
  })

  it(
    'link cycles: a ↔ b, self links, Topics lists looping back to the root',
    { timeout: CASE_TIMEOUT },
    async () => {
      const pages = new Map<string, string>([
        [
          'a.md',
          '# Page A<a name="a"></a>\n\nSee [B](b.md) and [me](a.md#a)\\.\n\n**Topics**\n+ [B](b.md)\n+ [Root](security.md)\n+ [A](a.md)\n',
        ],
        [
          'b.md',
          '# Page B<a name="b"></a>\n\nSee [A](a.md#a) and [missing](a.md#nowhere)\\.\n\n**Topics**\n+ [A](a.md)\n+ [B](b.md)\n',
        ],
        [
          'c.md',
          '# Page C<a name="c"></a>\n\n[Self](#c) [Self again](c.md)\n\n**Topics**\n+ [C](c.md)\n',
        ],
      ])
      for (const allPages of [false, true]) {
        const graph = await buildChecked(writeService(pages), { allPages })
        assert.equal(graph.topics.length, 4)
        const root = graph.topics.find((t) => t.parent === null)
        assert.equal(root?.title, 'Security in AWS Fuzz Target')
        assert.ok(codes(graph).has('duplicate-topic'))
        assert.ok(codes(graph).has('missing-anchor'))
        // Every topic reaches the root through its parents: no cycle in the tree.
        for (const topic of graph.topics) {
          const seen = new Set<string>()
          for (let at: string | null = topic.id; at !== null;) {
            assert.ok(!seen.has(at), `cycle through ${at}`)
            seen.add(at)
            at = graph.topics.find((t) => t.id === at)?.parent ?? null
          }
        }
      }
    },
  )
})
