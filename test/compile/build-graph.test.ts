import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { BuildOptions } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'

const fixtures = new URL('../fixtures/compile/graph/', import.meta.url).pathname

/**
 * The pipeline's own output: everything but what the extractor decides (controls, attestations,
 * Link.control), so these fixtures pin the pipeline and not the extraction rules.
 */
function snapshot(graph: Graph): unknown {
  return {
    contentHash: graph.contentHash,
    services: graph.services,
    programs: graph.programs.map((p) => p.id),
    topics: graph.topics,
    sections: graph.sections,
    links: graph.links.map((link) => ({ ...link, control: undefined })),
    diagnostics: graph.diagnostics.filter((d) => !d.code.startsWith('annotation-')),
  }
}

for (const name of readdirSync(fixtures).sort()) {
  test(`buildGraph fixture ${name}`, async () => {
    const dir = join(fixtures, name)
    const optionsFile = join(dir, 'options.json')
    const extra = existsSync(optionsFile)
      ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<BuildOptions>)
      : {}
    const graph = await buildGraph({ ...extra, content: join(dir, 'content') })
    const actual = JSON.parse(JSON.stringify(snapshot(graph))) as unknown
    const expectedFile = join(dir, 'output.json')
    if (process.env.UPDATE === '1' || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')))
  })
}
