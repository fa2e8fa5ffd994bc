import assert from 'node:assert/strict'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { GraphLoadError, loadGraph } from '../../src/model/load-graph.ts'
import { writeGraph } from '../../src/model/write-graph.ts'
import { graphFixtures, tempDir } from './helpers.ts'

const content = join(graphFixtures, 'chapter', 'content')

test('writeGraph then loadGraph round-trips; no temp file is left behind', async () => {
  const graph = await buildGraph({ content })
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'nested', 'graph.json')
    await writeGraph(graph, file)
    assert.deepEqual(await loadGraph(file), JSON.parse(JSON.stringify(graph)))
    assert.deepEqual(readdirSync(join(dir, 'nested')), ['graph.json'])
    const text = readFileSync(file, 'utf8')
    assert.ok(text.startsWith('{\n  "schemaVersion": 2,\n  "contentHash": '))
    assert.ok(text.endsWith('\n}\n'))
  } finally {
    cleanup()
  }
})

test('a failing write leaves the last good graph intact', async () => {
  const graph = await buildGraph({ content })
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'graph.json')
    await writeGraph(graph, file)
    const good = readFileSync(file)
    // A graph JSON.stringify cannot serialize makes the write fail half-way.
    const bad = { ...graph, topics: [{ big: 1n }] } as unknown as typeof graph
    await assert.rejects(writeGraph(bad, file))
    assert.ok(readFileSync(file).equals(good))
    assert.deepEqual(readdirSync(dir), ['graph.json'])
    // Nor can a destination that is a directory be replaced.
    mkdirSync(join(dir, 'dir.json'))
    await assert.rejects(writeGraph(graph, join(dir, 'dir.json')))
    assert.deepEqual(readdirSync(dir).sort(), ['dir.json', 'graph.json'])
  } finally {
    cleanup()
  }
})

test('loadGraph rejects unreadable, corrupt, wrong-version and malformed files clearly', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const write = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text)
      return join(dir, name)
    }
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.json'), /cannot read graph .*missing\.json: no such file/],
      [write('corrupt.json', '{"schemaVersion": 1,'), /is not valid JSON/],
      [write('array.json', '[]'), /not a JSON object/],
      [write('v9.json', '{"schemaVersion": 9}'), /schemaVersion 9, this secgraph reads 2/],
      [write('noarrays.json', '{"schemaVersion": 2, "services": []}'), /no "topics" array/],
    ]
    for (const [file, message] of cases) {
      await assert.rejects(loadGraph(file), (error: unknown) => {
        assert.ok(error instanceof GraphLoadError)
        assert.match(error.message, message)
        return true
      })
    }
  } finally {
    cleanup()
  }
})
