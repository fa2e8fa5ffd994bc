import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Graph } from '../model/graph.ts'

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
  const dir = dirname(file)
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(serializeGraph(graph), 'utf8')
      // Flush before the rename so a crash cannot leave a renamed but empty file.
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
