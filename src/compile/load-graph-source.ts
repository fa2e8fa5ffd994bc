import type { BuildOptions } from './build-graph.ts'
import { loadGraph } from '../model/load-graph.ts'
import type { Graph } from '../model/graph.ts'

/** Content root used when a command names neither a content root nor a graph file. */
export const DEFAULT_CONTENT = 'content'

/** Where a graph comes from: a graph file, or a content root built on the fly. */
export interface GraphSource {
  /** Graph file written by `secgraph build`; the other fields are then unused. */
  graph?: string
  /** Content root to build (default `content`). */
  content?: string
  root?: string
  service?: string
  allPages?: boolean
}

/** A graph and, when it was built from content with errors, a one-line warning. */
export interface LoadedGraph {
  graph: Graph
  warning: string | null
}

/** Build options of a content source, leaving out what was not given. */
export function toBuildOptions(source: GraphSource): BuildOptions {
  const options: BuildOptions = { content: source.content ?? DEFAULT_CONTENT }
  if (source.root !== undefined) options.root = source.root
  if (source.service !== undefined) options.service = source.service
  if (source.allPages) options.allPages = true
  return options
}

/**
 * Loads the graph file, or builds the content root. Build diagnostics are not printed (stdout may
 * carry a command's output); errors among them come back as one warning line. Throws with a
 * one-line message when the graph file cannot be used.
 */
export async function loadGraphSource(source: GraphSource): Promise<LoadedGraph> {
  if (source.graph !== undefined) {
    return { graph: await loadGraph(source.graph), warning: null }
  }
  const options = toBuildOptions(source)
  // Loaded here, not at the top: whoever imports this for graph files (the API's change feed via
  // the diff package, a replica's start) does not load the Markdown compiler.
  const { buildGraph } = await import('./build-graph.ts')
  const graph = await buildGraph(options)
  const errors = graph.diagnostics.filter((d) => d.severity === 'error').length
  const warning =
    errors > 0
      ? `${options.content} has ${errors} content error${errors === 1 ? '' : 's'}, the output may be incomplete (run 'secgraph validate --content ${options.content}')`
      : null
  return { graph, warning }
}
