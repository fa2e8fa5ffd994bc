import { stat } from 'node:fs/promises'
import { buildGraph } from '../build/build-graph.ts'
import type { BuildOptions } from '../build/build-graph.ts'
import { loadGraph } from '../build/load-graph.ts'
import type { Graph } from '../model/graph.ts'

/** Build options that apply when a side is a content folder. */
export type SideBuildOptions = Pick<BuildOptions, 'root' | 'service' | 'allPages'>

/** A loaded side of a diff, and a warning line when its content has build errors. */
export interface DiffSide {
  graph: Graph
  warning: string | null
}

/**
 * One side of a diff: a directory is a content root built on the fly, a file is a graph written by
 * `secgraph build`. Throws an Error with a one-line message when neither works.
 */
export async function loadDiffSide(path: string, options: SideBuildOptions): Promise<DiffSide> {
  let isDirectory: boolean
  try {
    isDirectory = (await stat(path)).isDirectory()
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    throw new Error(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : code}`,
    )
  }
  if (!isDirectory) return { graph: await loadGraph(path), warning: null }
  const graph = await buildGraph({ content: path, ...options })
  const errors = graph.diagnostics.filter((d) => d.severity === 'error').length
  const warning =
    errors > 0
      ? `${path} has ${errors} content error${errors === 1 ? '' : 's'}, the diff may be incomplete (run 'secgraph validate --content ${path}')`
      : null
  return { graph, warning }
}
