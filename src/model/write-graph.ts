import type { Graph } from './graph.ts'
import { writeFileAtomic } from '../support/write-file-atomic.ts'

/** Serializes a graph: fixed top-level key order, 2-space indentation, trailing newline. */
export function serializeGraph(graph: Graph): string {
  const ordered: Graph = {
    schemaVersion: graph.schemaVersion,
    contentHash: graph.contentHash,
    builtAt: graph.builtAt,
    services: graph.services,
    topics: graph.topics,
    sections: graph.sections,
    controls: graph.controls,
    programs: graph.programs,
    requirements: graph.requirements,
    attestations: graph.attestations,
    links: graph.links,
    diagnostics: graph.diagnostics,
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

/**
 * Writes the graph next to its destination and renames it into place, so a failed or interrupted
 * build never truncates or replaces the last good graph.
 */
export async function writeGraph(graph: Graph, file: string): Promise<void> {
  await writeFileAtomic(file, serializeGraph(graph))
}
