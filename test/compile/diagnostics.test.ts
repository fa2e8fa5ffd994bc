import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { createDiagnostic, DIAGNOSTICS } from '../../src/compile/diagnostics.ts'
import type { Graph } from '../../src/model/graph.ts'
import { copyFixture, graphFixtures, tempDir } from './helpers.ts'

const PROGRAMS = `- id: soc-2
  name: SOC 2
  aliases: [SOC 2]
  kind: attestation
  issuer: AICPA
  url: https://example.com/soc
`
const ROOT = '# Security in Example Box<a name="security"></a>\n\nThe box is safe\\.\n'

const codes = (graph: Graph): string[] => graph.diagnostics.map((d) => `${d.severity} ${d.code}`)

async function buildFiles(
  files: Record<string, string | Uint8Array | null>,
  allPages = false,
): Promise<Graph> {
  const { dir, cleanup } = tempDir()
  try {
    for (const [name, content] of Object.entries(files)) {
      if (content === null) mkdirSync(join(dir, name), { recursive: true })
      else {
        mkdirSync(join(dir, name, '..'), { recursive: true })
        writeFileSync(join(dir, name), content)
      }
    }
    return await buildGraph({ content: dir, allPages })
  } finally {
    cleanup()
  }
}

test('catalog: every code has a severity, a message and a hint; placeholders are filled', () => {
  for (const [code, spec] of Object.entries(DIAGNOSTICS)) {
    assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/)
    assert.ok(spec.severity === 'error' || spec.severity === 'warning', code)
    assert.ok(spec.message.length > 0 && spec.hint.length > 0, code)
  }
  const d = createDiagnostic('broken-link', { file: 'a.md', line: 3, column: 7 }, { href: 'b.md' })
  assert.deepEqual(d, {
    code: 'broken-link',
    severity: 'warning',
    message: 'Link to b.md points to a file that does not exist',
    hint: DIAGNOSTICS['broken-link'].hint,
    file: 'a.md',
    line: 3,
    column: 7,
  })
})

test('a non-UTF-8 page is an invalid-utf8 error pointing at the bad byte, not a crash', async () => {
  const latin1 = Buffer.concat([
    Buffer.from('# Caf'),
    Buffer.from([0xe9]),
    Buffer.from('\n\nText\\.\n'),
  ])
  const graph = await buildFiles({
    'programs.yml': PROGRAMS,
    'security.md': `${ROOT}\n**Topics**\n+ [Bad](bad.md)\n`,
    'bad.md': Buffer.concat([Buffer.from('ok\n'), latin1]),
  })
  const bad = graph.diagnostics.find((d) => d.code === 'invalid-utf8')
  assert.deepEqual(
    bad && { file: bad.file, line: bad.line, column: bad.column, severity: bad.severity },
    { file: 'bad.md', line: 2, column: 6, severity: 'error' },
  )
  assert.deepEqual(
    graph.topics.map((t) => t.id),
    ['example-box.security'],
  )
})

test('binary garbage gives diagnostics, never a throw; NUL-laden UTF-8 still builds', async () => {
  const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)
  const graph = await buildFiles({
    'programs.yml': PROGRAMS,
    'security.md': `${ROOT}\n**Topics**\n+ [Blob](blob.md)\n+ [Nul](nul.md)\n`,
    'blob.md': garbage,
    'nul.md': '# Nul\u0000page\n\n\u0000\u0001 text\n',
  })
  assert.ok(codes(graph).includes('error invalid-utf8'))
  assert.ok(graph.topics.some((t) => t.source.file === 'nul.md'))
})

test('an unreadable page (a directory named x.md) is an unreadable-file error', async () => {
  const graph = await buildFiles({ 'programs.yml': PROGRAMS, 'security.md': ROOT, 'x.md': null })
  const d = graph.diagnostics.find((item) => item.code === 'unreadable-file')
  assert.equal(d?.file, 'x.md')
  assert.equal(d?.severity, 'error')
  assert.match(d?.message ?? '', /directory/)
})

test('missing root page, bad --root, missing content directory are errors', async () => {
  const noRoot = await buildFiles({ 'programs.yml': PROGRAMS, 'about.md': '# About\n\nText\\.\n' })
  assert.deepEqual(codes(noRoot), ['error missing-root-page'])
  assert.deepEqual(noRoot.services, [])

  const badRoot = await buildGraph({
    content: join(graphFixtures, 'chapter', 'content'),
    root: 'nope.md',
  })
  assert.ok(codes(badRoot).includes('error missing-root-page'))
  assert.match(
    badRoot.diagnostics.find((d) => d.code === 'missing-root-page')?.message ?? '',
    /nope\.md/,
  )

  const missing = await buildGraph({ content: join(graphFixtures, 'does-not-exist') })
  assert.ok(codes(missing).includes('error missing-content'))
})

test('root page discovered by its "Security of" title when there is no security.md', async () => {
  const graph = await buildFiles({
    'programs.yml': PROGRAMS,
    'a.md': '# Something else\n\nText\\.\n',
    'b.md':
      '# Security of Amazon Example Box<a name="box-sec"></a>\n\nText\\.\n\n**Topics**\n+ [A](a.md)\n',
  })
  assert.deepEqual(graph.services, [
    {
      id: 'example-box',
      name: 'Amazon Example Box',
      provider: 'AWS',
      rootTopic: 'example-box.box-sec',
      dir: '.',
    },
  ])
  assert.deepEqual(
    graph.topics.map((t) => t.id),
    ['example-box.box-sec', 'example-box.something-else'],
  )
})

test('chapter fixture reports the seeded defects: duplicate anchor, broken link, missing anchor, empty page', async () => {
  const graph = await buildGraph({ content: join(graphFixtures, 'chapter', 'content') })
  assert.deepEqual(
    graph.diagnostics
      .filter((d) => !d.code.startsWith('annotation-'))
      .map((d) => `${d.file}:${d.line} ${d.code}`),
    [
      'access-control.md:14 missing-anchor',
      'access-control.md:14 missing-anchor',
      'compliance.md:9 broken-link',
      'data-protection.md:13 duplicate-anchor',
      'empty.md:1 empty-page',
      'security.md:9 broken-link',
    ],
  )
  assert.ok(
    graph.sections.some((s) => s.id === 'example-vault.data-protection.encryption-transit-2'),
  )
})

test('two pages with the same anchor: duplicate-id error, the second page is left out', async () => {
  const graph = await buildFiles({
    'programs.yml': PROGRAMS,
    'security.md': `${ROOT}\n**Topics**\n+ [One](one.md)\n+ [Two](two.md)\n`,
    'one.md': '# One<a name="same"></a>\n\nFirst\\.\n',
    'two.md': '# Two<a name="same"></a>\n\nSecond\\.\n',
  })
  assert.deepEqual(codes(graph), ['error duplicate-id'])
  assert.equal(graph.diagnostics[0]?.file, 'two.md')
  assert.deepEqual(
    graph.topics.map((t) => t.source.file),
    ['security.md', 'one.md'],
  )
})

test('a sourceUrl with an unknown placeholder is a warning at the placeholder; the service keeps the rest', async () => {
  const graph = await buildFiles({
    'programs.yml': PROGRAMS,
    'box/security.md': ROOT,
    'box/service.yml':
      'id: box\nname: Example Box\nsourceUrl: https://docs.example.com/box/{page}.html#{anchor}\n',
    'tin/security.md': ROOT.replace('Box', 'Tin'),
    'tin/service.yml': 'id: tin\nsourceUrl: https://docs.example.com/tin/{path}.html#{anchor}\n',
  })
  const warnings = graph.diagnostics.filter((d) => d.code === 'invalid-source-url')
  assert.deepEqual(
    warnings.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`),
    [
      'box/service.yml:3:41 warning sourceUrl https://docs.example.com/box/{page}.html#{anchor} cannot be used: unknown placeholder {page} (expected {path}, {file}, {anchor}, {line})',
    ],
  )
  const box = graph.services.find((s) => s.id === 'box')
  assert.equal(box?.name, 'Example Box', 'the other keys still apply')
  assert.equal(box?.sourceUrl, undefined)
  assert.equal(
    graph.services.find((s) => s.id === 'tin')?.sourceUrl,
    'https://docs.example.com/tin/{path}.html#{anchor}',
  )
})

test('invalid programs.yml and service.yml are errors with positions; valid entries still load', async () => {
  const graph = await buildFiles({
    'programs.yml': `${PROGRAMS}- id: Bad Id\n  name: X\n  aliases: []\n  kind: standard\n  issuer: X\n  url: https://x\n- id: iso\n  name: ISO\n  aliases: [ISO]\n  kind: law\n  issuer: ISO\n  url: https://iso\n`,
    'box/security.md': ROOT,
    'box/service.yml': 'id: box\ncolour: blue\n',
  })
  assert.deepEqual(
    graph.diagnostics
      .filter((d) => d.code !== 'missing-topics-list')
      .map((d) => `${d.file}:${d.line} ${d.code}`),
    [
      'box/service.yml:2 invalid-service-file',
      'programs.yml:7 invalid-programs-file',
      'programs.yml:13 invalid-programs-file',
    ],
  )
  assert.deepEqual(
    graph.programs.map((p) => p.id),
    ['soc-2'],
  )
  assert.equal(
    graph.services[0]?.id,
    'example-box',
    'an invalid service.yml falls back to discovery',
  )
})

test('a content root without programs.yml uses the project vocabulary', async () => {
  const graph = await buildFiles({ 'security.md': ROOT })
  assert.ok(graph.programs.length > 0)
  assert.deepEqual(codes(graph), ['warning missing-topics-list'])
})

test('a secgraph annotation followed by a heading is an orphan-annotation warning', async () => {
  const graph = await buildFiles({
    'programs.yml': PROGRAMS,
    'security.md': `${ROOT}\n<!-- secgraph: skip -->\n## Next\n\nText\\.\n`,
  })
  assert.ok(codes(graph).includes('warning orphan-annotation'))
  assert.ok(codes(graph).includes('warning missing-topics-list'))
})

test('--root and --service override discovery; ignored with a warning for several services', async () => {
  const { dir, cleanup } = copyFixture('chapter')
  try {
    const graph = await buildGraph({ content: dir, root: 'compliance.md', service: 'box' })
    assert.equal(graph.services[0]?.id, 'box')
    assert.equal(graph.services[0]?.rootTopic, 'box.compliance')
    assert.deepEqual(
      graph.topics.map((t) => t.id),
      ['box.compliance'],
    )
  } finally {
    cleanup()
  }
  const multi = await buildGraph({
    content: join(graphFixtures, 'multi-service', 'content'),
    root: 'x.md',
  })
  assert.ok(codes(multi).includes('warning option-ignored'))
  assert.equal(multi.services.length, 2)
})
