import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { writeGraph } from '../../src/model/write-graph.ts'
import type { GraphDiff } from '../../src/diff/change.ts'

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const fixtures = join(projectRoot, 'test', 'fixtures', 'diff')
const runner = join(projectRoot, 'test', 'diff', 'support', 'run-diff.ts')
const temp = mkdtempSync(join(tmpdir(), 'secgraph-diff-cli-'))
after(() => rmSync(temp, { recursive: true, force: true }))

function diff(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', runner, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const side = (name: string, which: 'old' | 'new'): string => join(fixtures, name, which)

test('exit 0 and an empty diff when nothing changed', () => {
  const run = diff(side('no-change', 'old'), side('no-change', 'new'))
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stdout, /^0 changes: 0 added, 0 removed, 0 modified, 0 moved\n/)
})

test('exit 1 and the changes as text (no colour when stdout is not a terminal)', () => {
  const run = diff(side('control-reworded', 'old'), side('control-reworded', 'new'))
  assert.equal(run.status, 1, run.stderr)
  assert.equal(run.stderr, '')
  assert.ok(!run.stdout.includes('\u001b['), 'no ANSI escapes')
  assert.match(run.stdout, /^1 change: 0 added, 0 removed, 1 modified, 0 moved\n/)
  assert.match(run.stdout, /~ modified example-vault\.data-protection\.you-must-rotate-the-root/)
  assert.match(run.stdout, /matched by similarity 0\.8/)
  assert.match(run.stdout, /- You must rotate the vault root key every ninety days\./)
  assert.match(
    run.stdout,
    /\+ You must rotate the root key of each vault at least every ninety days\./,
  )
  assert.match(run.stdout, /source: data-protection\.md:3:1 -> data-protection\.md:3:1/)
})

test('--format json is the diff, parseable and deterministic', () => {
  const args = [side('attestation-changed', 'old'), side('attestation-changed', 'new')]
  const first = diff(...args, '--format', 'json')
  const second = diff(...args, '--format', 'json')
  assert.equal(first.status, 1, first.stderr)
  assert.equal(first.stdout, second.stdout)
  const parsed = JSON.parse(first.stdout) as GraphDiff
  assert.match(parsed.old.contentHash, /^sha256:[0-9a-f]{64}$/)
  assert.deepEqual(parsed.summary, { added: 0, removed: 0, modified: 2, moved: 0, total: 2 })
  const attestation = parsed.changes.find((c) => c.node === 'attestation')
  assert.deepEqual(attestation?.fields, [
    { field: 'level', before: 'Level 2', after: 'Level 3' },
    { field: 'certificate', before: '1111', after: '2222' },
  ])
})

test('--format markdown has headings per service and node kind, escaped text', () => {
  const run = diff(
    side('attestation-added', 'old'),
    side('attestation-added', 'new'),
    '--format',
    'markdown',
  )
  assert.equal(run.status, 1, run.stderr)
  assert.match(run.stdout, /^# Documentation changes\n/)
  assert.match(run.stdout, /\n## example-vault\n/)
  assert.match(run.stdout, /\n### Attestations\n\n- \*\*added\*\* `example-vault\.soc-2`\n/)
  assert.match(run.stdout, /since March 2024/)
  assert.match(run.stdout, /source: — → compliance\.md:9:1/)
})

test('a graph file on either side, and content folders with build options', async () => {
  const graph = await buildGraph({ content: side('topic-renamed', 'old') })
  const file = join(temp, 'old.json')
  await writeGraph(graph, file)
  const run = diff(file, side('topic-renamed', 'new'), '--format', 'json')
  assert.equal(run.status, 1, run.stderr)
  const parsed = JSON.parse(run.stdout) as GraphDiff
  assert.deepEqual(
    parsed.changes.map((c) => [c.node, c.type, c.fields.map((f) => f.field)]),
    [['topic', 'modified', ['title']]],
  )
  const same = diff(file, side('topic-renamed', 'old'), '--service', 'example-vault')
  assert.equal(same.status, 0, same.stderr)
})

test("--threshold: above a pair's similarity the rewording is removed + added", () => {
  const args = [
    side('control-reworded', 'old'),
    side('control-reworded', 'new'),
    '--format',
    'json',
  ]
  const strict = JSON.parse(diff(...args, '--threshold', '0.95').stdout) as GraphDiff
  assert.deepEqual(strict.summary, { added: 1, removed: 1, modified: 0, moved: 0, total: 2 })
})

test('exit 2 on bad usage and unreadable sides, with one clear line', () => {
  const old = side('no-change', 'old')
  const cases: [string[], RegExp][] = [
    [[old], /expected OLD and NEW, got 1 path/],
    [[old, old, old], /expected OLD and NEW, got 3 paths/],
    [[old, old, '--format', 'xml'], /unknown format 'xml' \(valid: text, json, markdown\)/],
    [[old, old, '--threshold', '2'], /--threshold must be a number from 0 to 1/],
    [[old, old, '--threshold', 'x'], /--threshold must be a number from 0 to 1/],
    [[old, old, '--service', 'Not A Slug'], /--service must be a lower-case slug/],
    [[old, old, '--bogus'], /Unknown option '--bogus'/],
    [[old, join(temp, 'missing')], /cannot read .*missing: no such file or directory/],
  ]
  const corrupt = join(temp, 'corrupt.json')
  writeFileSync(corrupt, '{not json')
  cases.push([[old, corrupt], /is not valid JSON/])
  for (const [args, message] of cases) {
    const run = diff(...args)
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`)
    assert.match(run.stderr, /^secgraph diff: /)
    assert.match(run.stderr, message)
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace')
    assert.equal(run.stdout, '')
  }
})
