import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { writeGraph } from '../../src/model/write-graph.ts'
import type { Graph } from '../../src/model/graph.ts'
import { missingPath, upstreamGuide } from '../support/shared-corpus.ts'
import { copyFixture, graphFixtures, tempDir } from './helpers.ts'

const content =
  missingPath(upstreamGuide) === undefined
    ? upstreamGuide
    : join(graphFixtures, 'chapter', 'content')

const withoutTime = (graph: Graph): Graph => ({ ...graph, builtAt: '' })

test(`two builds are equal except builtAt, and write byte-identical files (${content})`, async () => {
  const first = await buildGraph({ content, allPages: true })
  const second = await buildGraph({ content, allPages: true })
  assert.deepEqual(withoutTime(first), withoutTime(second))
  assert.match(first.contentHash, /^sha256:[0-9a-f]{64}$/)
  assert.ok(!Number.isNaN(Date.parse(first.builtAt)))
  const { dir, cleanup } = tempDir()
  try {
    await writeGraph({ ...first, builtAt: 'T' }, join(dir, 'a.json'))
    await writeGraph({ ...second, builtAt: 'T' }, join(dir, 'b.json'))
    const a = readFileSync(join(dir, 'a.json'))
    assert.ok(a.equals(readFileSync(join(dir, 'b.json'))))
    assert.ok(a.toString('utf8').endsWith('}\n'))
  } finally {
    cleanup()
  }
})

test('contentHash changes with any input byte, and only then', async () => {
  const { dir, cleanup } = copyFixture('chapter')
  try {
    const before = await buildGraph({ content: dir })
    assert.equal((await buildGraph({ content: dir })).contentHash, before.contentHash)
    // backups.md is outside the chapter tree but is still an input file.
    writeFileSync(join(dir, 'backups.md'), `${readFileSync(join(dir, 'backups.md'), 'utf8')}\n`)
    const after = await buildGraph({ content: dir })
    assert.notEqual(after.contentHash, before.contentHash)
    writeFileSync(join(dir, 'programs.yml'), `${readFileSync(join(dir, 'programs.yml'), 'utf8')}\n`)
    assert.notEqual((await buildGraph({ content: dir })).contentHash, after.contentHash)
  } finally {
    cleanup()
  }
})

test('editing one paragraph changes only the ids of controls from that paragraph', async () => {
  const { dir, cleanup } = copyFixture('chapter')
  try {
    const before = await buildGraph({ content: dir })
    const file = join(dir, 'access-control.md')
    const old = 'You must assign each user exactly one role\\.'
    const text = readFileSync(file, 'utf8')
    assert.ok(text.includes(old))
    writeFileSync(
      file,
      text.replace(old, 'You must give each user exactly one role and review it\\.'),
    )
    const after = await buildGraph({ content: dir })
    const paragraphLine = text.split('\n').findIndex((l) => l === old) + 1

    const ids = (graph: Graph): Set<string> => new Set(graph.controls.map((c) => c.id))
    const removed = before.controls.filter((c) => !ids(after).has(c.id))
    const added = after.controls.filter((c) => !ids(before).has(c.id))
    assert.ok(removed.length > 0, 'the edited paragraph held at least one control')
    for (const control of [...removed, ...added]) {
      assert.equal(control.source.file, 'access-control.md')
      assert.equal(control.source.line, paragraphLine, control.id)
    }
    for (const key of ['topics', 'sections', 'links', 'services'] as const) {
      assert.deepEqual(
        after[key].map((node) => node.id),
        before[key].map((node) => node.id),
        key,
      )
    }
  } finally {
    cleanup()
  }
})
