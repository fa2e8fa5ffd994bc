import { buildGraph } from '../build/build-graph.ts'
import type { BuildOptions } from '../build/build-graph.ts'
import { loadGraph } from '../build/load-graph.ts'
import type { Graph } from '../model/graph.ts'

/** Where a command takes its graph from: a graph file, or a content root built on the fly. */
export interface GraphSource {
  graph?: string
  content?: string
  root?: string
  allPages?: boolean
}

export const DEFAULT_CONTENT = 'content'

/** A usage error when the options name both a graph file and content options, else null. */
export function checkGraphSource(source: GraphSource): string | null {
  const content = source.content !== undefined || source.root !== undefined || source.allPages
  return source.graph !== undefined && content
    ? '--graph cannot be combined with --content, --root or --all-pages'
    : null
}

/**
 * Loads the graph file, or builds the content root (default `content`). Build diagnostics are not
 * printed (stdout may carry the output); errors among them come back as one warning line.
 * Throws with a one-line message when the graph file cannot be used.
 */
export async function loadGraphSource(
  source: GraphSource,
): Promise<{ graph: Graph; warning: string | null }> {
  if (source.graph !== undefined) {
    return { graph: await loadGraph(source.graph), warning: null }
  }
  const options: BuildOptions = { content: source.content ?? DEFAULT_CONTENT }
  if (source.root !== undefined) options.root = source.root
  if (source.allPages) options.allPages = true
  const graph = await buildGraph(options)
  const errors = graph.diagnostics.filter((d) => d.severity === 'error').length
  const warning =
    errors > 0
      ? `the content has ${errors} error${errors === 1 ? '' : 's'}, the output may be incomplete (run 'secgraph validate --content ${options.content}')`
      : null
  return { graph, warning }
}
