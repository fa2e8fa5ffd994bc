import { DEFAULT_CONTENT, loadGraphSource } from '../compile/index.ts'
import type { GraphSource } from '../compile/index.ts'
import type { Graph } from '../model/graph.ts'
import { slugify } from '../model/slugify.ts'
import { messageOf } from './message-of.ts'

/** `parseArgs` options saying how to build a content root (spread into a command's options). */
export const CONTENT_BUILD_OPTIONS = {
  root: { type: 'string' },
  'all-pages': { type: 'boolean' },
} as const

/** `--service ID`: the id given to a single-service content root when it is built. */
export const SERVICE_OPTION = { service: { type: 'string' } } as const

/** `parseArgs` options of `--content DIR | --graph FILE` with `--root` and `--all-pages`. */
export const GRAPH_SOURCE_OPTIONS = {
  content: { type: 'string' },
  graph: { type: 'string' },
  ...CONTENT_BUILD_OPTIONS,
} as const

/** Help lines of the options above, aligned for a 20-column option column. */
export const GRAPH_SOURCE_HELP = `  --content DIR       build this content root first (default: ${DEFAULT_CONTENT})
  --graph FILE        use a graph written by 'secgraph build'
  --root PAGE         root page file name, for a single-service content root
  --all-pages         every page of the folder is a topic`

/** The values `parseArgs` gives for the options above (other options are ignored). */
export interface GraphSourceValues {
  content?: string
  graph?: string
  root?: string
  'all-pages'?: boolean
}

/** The graph source named by parsed options; `--service` is added by the commands that build. */
export function toGraphSource(values: GraphSourceValues): GraphSource {
  const source: GraphSource = {}
  if (values.graph !== undefined) source.graph = values.graph
  if (values.content !== undefined) source.content = values.content
  if (values.root !== undefined) source.root = values.root
  if (values['all-pages']) source.allPages = true
  return source
}

/** A usage error for `--service` when it is not a slug (service ids are), else null. */
export function checkServiceSlug(service: string | undefined): string | null {
  return service !== undefined && slugify(service) !== service
    ? `--service must be a lower-case slug (letters, digits, hyphens), got '${service}'`
    : null
}

/** A usage error when the source names a graph file and content options, or a bad service id. */
export function checkGraphSource(source: GraphSource): string | null {
  const content = source.content !== undefined || source.root !== undefined || source.allPages
  if (source.graph !== undefined && content) {
    return '--graph cannot be combined with --content, --root or --all-pages'
  }
  return checkServiceSlug(source.service)
}

/**
 * Checks and loads (or builds) the graph the parsed options name, reporting on stderr as
 * `secgraph <command>: …`. Resolves to the graph, or to the exit code when there is none:
 * 2 for bad usage, 1 when the graph cannot be loaded.
 */
export async function openGraphSource(
  command: string,
  values: GraphSourceValues,
): Promise<Graph | number> {
  const source = toGraphSource(values)
  const usageError = checkGraphSource(source)
  if (usageError !== null) {
    console.error(`secgraph ${command}: ${usageError}`)
    return 2
  }
  try {
    const loaded = await loadGraphSource(source)
    if (loaded.warning) console.error(`secgraph ${command}: warning: ${loaded.warning}`)
    return loaded.graph
  } catch (error) {
    console.error(`secgraph ${command}: ${messageOf(error)}`)
    return 1
  }
}
