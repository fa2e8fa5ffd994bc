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
    assert.ok(text.startsWith('{"schemaVersion":2,\n"contentHash":"sha256:'))
    assert.ok(text.endsWith(']}\n'))
    // One item per line: each control's line parses on its own (trailing comma aside).
    const lines = text.split('\n')
    for (const control of graph.controls) {
      const line = lines.find((l) => l.startsWith(`{"id":${JSON.stringify(control.id)},`))
      assert.ok(line, control.id)
      assert.deepEqual(JSON.parse(line.replace(/,$/, '')), JSON.parse(JSON.stringify(control)))
    }
  } finally {
    cleanup()
  }
})

test('the graph file is ASCII: other characters are written as \\u escapes and read back', async () => {
  const graph = await buildGraph({ content })
  const control = graph.controls[0]
  assert.ok(control)
  const statement = 'Keys rotate every 90–365 days — “always”, naïvely 🔑.'
  const edited = { ...graph, controls: [{ ...control, statement }, ...graph.controls.slice(1)] }
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'graph.json')
    await writeGraph(edited, file)
    const bytes = readFileSync(file)
    assert.ok(bytes.every((byte) => byte < 0x80))
    assert.ok(bytes.toString('latin1').includes('90\\u2013365 days \\u2014'))
    assert.equal((await loadGraph(file)).controls[0]?.statement, statement)
  } finally {
    cleanup()
  }
})

test('loadGraph also reads the same JSON in another layout (indented, as older builds wrote it)', async () => {
  const graph = JSON.parse(JSON.stringify(await buildGraph({ content }))) as Awaited<
    ReturnType<typeof buildGraph>
  >
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'indented.json')
    writeFileSync(file, `${JSON.stringify(graph, null, 2)}\n`)
    assert.deepEqual(await loadGraph(file), graph)
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
    await writeGraph(await buildGraph({ content }), join(dir, 'good.json'))
    const written = readFileSync(join(dir, 'good.json'), 'utf8')
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
      // The layout writeGraph writes: the version is read from the first line.
      [
        write('v1-lines.json', '{"schemaVersion":1,\n"contentHash":"x",\n'),
        /schemaVersion 1, this secgraph reads 2/,
      ],
      [
        write('cut.json', written.slice(0, written.indexOf('\n"links":'))),
        /ends at line \d+, before the graph closes/,
      ],
      [
        write('bad-item.json', written.replace('\n{"id":', '\n{"id":,')),
        /not valid JSON \(line \d+: /,
      ],
      [
        write('bad-line.json', written.replace('\n"builtAt":', '\nbuiltAt:')),
        /line 3 is no field of the graph/,
      ],
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
