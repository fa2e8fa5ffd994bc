import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test } from 'node:test'
import { copyFixture, graphFixtures, tempDir } from './helpers.ts'

const projectRoot = resolve(new URL('../..', import.meta.url).pathname)
const chapter = join(graphFixtures, 'chapter', 'content')

function secgraph(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

test('build writes the graph, prints compiler-style warnings and a summary, exits 0', () => {
  const { dir, cleanup } = tempDir()
  try {
    const out = join(dir, 'out', 'graph.json')
    const run = secgraph('build', '--content', chapter, '--out', out)
    assert.equal(run.status, 0, run.stderr)
    assert.equal(run.stderr, '', 'no progress noise when stderr is not a terminal')
    const lines = run.stdout.trimEnd().split('\n')
    assert.match(
      lines[0] ?? '',
      /^test\/fixtures\/compile\/graph\/chapter\/content\/access-control\.md:14:83 warning missing-anchor Link to #read-only-role: /,
    )
    assert.match(lines[1] ?? '', /^ {2}hint: /)
    assert.match(
      lines.at(-1) ?? '',
      /^secgraph build: 0 errors, \d+ warnings; 1 service, 5 topics, .*; wrote /,
    )
    const graph = JSON.parse(readFileSync(out, 'utf8')) as {
      schemaVersion: number
      topics: unknown[]
    }
    assert.equal(graph.schemaVersion, 2)
    assert.equal(graph.topics.length, 5)
  } finally {
    cleanup()
  }
})

test('build with errors exits 1 and keeps the previous graph file', () => {
  const { dir, cleanup } = copyFixture('chapter')
  try {
    const out = join(dir, 'graph.json')
    assert.equal(secgraph('build', '--content', dir, '--out', out).status, 0)
    const good = readFileSync(out)
    writeFileSync(join(dir, 'compliance.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]))
    const run = secgraph('build', '--content', dir, '--out', out)
    assert.equal(run.status, 1)
    assert.match(run.stdout, /compliance\.md:1:3 error invalid-utf8 /)
    assert.match(run.stdout, /graph not written/)
    assert.ok(readFileSync(out).equals(good))
  } finally {
    cleanup()
  }
})

test('validate: exit 0 with warnings, 1 with --strict, never writes a graph', () => {
  const { dir, cleanup } = copyFixture('chapter')
  try {
    const plain = secgraph('validate', '--content', dir)
    assert.equal(plain.status, 0)
    assert.match(plain.stdout, /warning broken-link/)
    assert.match(plain.stdout, /secgraph validate: 0 errors, \d+ warnings; .*; ok\n$/)
    const strict = secgraph('validate', '--content', dir, '--strict')
    assert.equal(strict.status, 1)
    assert.match(strict.stdout, /; failed\n$/)
    assert.ok(!existsSync(join(dir, '.secgraph')))
    const clean = secgraph(
      'validate',
      '--content',
      join(graphFixtures, 'multi-service', 'content'),
      '--all-pages',
      '--strict',
    )
    assert.equal(clean.status, 1, 'multi-service has a broken link and a missing Topics list')
  } finally {
    cleanup()
  }
})

test('missing content and missing root are errors (exit 1); bad usage exits 2 with one line', () => {
  const missing = secgraph('validate', '--content', 'no/such/dir')
  assert.equal(missing.status, 1)
  assert.match(missing.stdout, /error missing-content/)
  const noRoot = secgraph('validate', '--content', join(graphFixtures, 'missing-root', 'content'))
  assert.equal(noRoot.status, 1)
  assert.match(noRoot.stdout, /error missing-root-page/)

  const unknown = secgraph('build', '--frobnicate')
  assert.equal(unknown.status, 2)
  assert.match(unknown.stderr, /^secgraph build: Unknown option '--frobnicate'/)
  assert.doesNotMatch(unknown.stderr, /\n\s+at /, 'no stack trace')
  const badService = secgraph('validate', '--service', 'Not A Slug')
  assert.equal(badService.status, 2)
  assert.match(badService.stderr, /--service must be a lower-case slug/)
})

test('--help prints the options', () => {
  for (const name of ['build', 'validate']) {
    const run = secgraph(name, '--help')
    assert.equal(run.status, 0)
    assert.match(run.stdout, new RegExp(`^Usage: secgraph ${name} \\[options\\]`))
    assert.match(run.stdout, /--content DIR/)
    assert.match(run.stdout, /--all-pages/)
  }
  assert.match(secgraph('validate', '--help').stdout, /--strict/)
  assert.match(secgraph('build', '--help').stdout, /--out FILE/)
})
