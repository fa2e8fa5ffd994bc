import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadGraphSource, toBuildOptions } from '../../src/compile/load-graph-source.ts'
import { writeGraph } from '../../src/model/write-graph.ts'
import { checkGraphSource, openGraphSource, toGraphSource } from '../../src/cli/graph-source.ts'
import { loadDiffSide } from '../../src/diff/load-diff-side.ts'
import { graphFixtures, tempDir } from '../compile/helpers.ts'

const content = join(graphFixtures, 'chapter', 'content')

test('parsed options become a graph source with only what was given', () => {
  assert.deepEqual(toGraphSource({}), {})
  assert.deepEqual(toGraphSource({ content: 'c', root: 'r.md', 'all-pages': true }), {
    content: 'c',
    root: 'r.md',
    allPages: true,
  })
  assert.deepEqual(toGraphSource({ graph: 'g.json', 'all-pages': false }), { graph: 'g.json' })
  assert.deepEqual(toBuildOptions({}), { content: 'content' })
  assert.deepEqual(toBuildOptions({ content: 'c', service: 's', allPages: false }), {
    content: 'c',
    service: 's',
  })
})

test('a graph file with content options, or a service id that is no slug, is a usage error', () => {
  assert.equal(checkGraphSource({ graph: 'g.json' }), null)
  assert.equal(checkGraphSource({ content: 'c', root: 'r.md', service: 'my-service' }), null)
  for (const clash of [{ content: 'c' }, { root: 'r.md' }, { allPages: true }]) {
    assert.match(checkGraphSource({ graph: 'g.json', ...clash }) ?? '', /--graph cannot be/)
  }
  assert.match(checkGraphSource({ service: 'My Service' }) ?? '', /lower-case slug/)
})

test('openGraphSource: the graph, else exit 2 for bad usage and 1 for an unusable graph', async () => {
  const errors: string[] = []
  const original = console.error
  console.error = (line: string) => void errors.push(line)
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'graph.json')
    const built = await loadGraphSource({ content })
    await writeGraph(built.graph, file)
    const loaded = await openGraphSource('x', { graph: file })
    assert.ok(typeof loaded !== 'number')
    assert.equal(loaded.contentHash, built.graph.contentHash)
    assert.equal(await openGraphSource('x', { graph: file, content }), 2)
    assert.equal(await openGraphSource('x', { graph: join(dir, 'missing.json') }), 1)
    assert.equal(errors.length, 2)
    assert.match(errors[0] ?? '', /^secgraph x: --graph cannot be combined/)
    assert.match(errors[1] ?? '', /^secgraph x: cannot read graph .*missing\.json/)
  } finally {
    console.error = original
    cleanup()
  }
})

test('a diff side is a content folder or a graph file, loaded the same way', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const folder = await loadDiffSide(content, {})
    const file = join(dir, 'graph.json')
    await writeGraph(folder.graph, file)
    const fromFile = await loadDiffSide(file, {})
    assert.equal(fromFile.graph.contentHash, folder.graph.contentHash)
    assert.equal(fromFile.warning, null)
    await assert.rejects(loadDiffSide(join(dir, 'nope'), {}), /cannot read .*nope: no such file/)
  } finally {
    cleanup()
  }
})
