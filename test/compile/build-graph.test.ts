import { join } from 'node:path'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { BuildOptions } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'
import { runFixtures } from '../support/fixtures.ts'

const fixtures = new URL('../fixtures/compile/graph/', import.meta.url)

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

runFixtures<BuildOptions>(fixtures, 'buildGraph fixture', async ({ dir, options }) =>
  snapshot(await buildGraph({ ...options, content: join(dir, 'content') })),
)
