import type { Graph } from './graph.ts'
import { GRAPH_ARRAYS } from './graph.ts'
import { writeFileAtomic } from '../support/write-file-atomic.ts'

/** `\uXXXX` for every character outside ASCII (JSON's own escape: the value is unchanged). */
function asciiOnly(text: string): string {
  return text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * Serializes a graph: fixed top-level key order, one array item per line (a change shows as the
 * lines of the items it touched), no indentation, ASCII only (other characters as `\u` escapes),
 * trailing newline. Indentation made a graph of 100k controls 45 % larger; one character outside
 * ASCII made the whole file a two-byte string when read, twice the memory to parse it.
 */
export function serializeGraph(graph: Graph): string {
  const lines = [
    `{"schemaVersion":${JSON.stringify(graph.schemaVersion)},`,
    `"contentHash":${JSON.stringify(graph.contentHash)},`,
    `"builtAt":${JSON.stringify(graph.builtAt)},`,
  ]
  GRAPH_ARRAYS.forEach((key, i) => {
    const items: readonly unknown[] = graph[key]
    const end = i === GRAPH_ARRAYS.length - 1 ? ']}' : '],'
    if (items.length === 0) {
      lines.push(`"${key}":[${end}`)
      return
    }
    lines.push(`"${key}":[`)
    items.forEach((item, j) => lines.push(JSON.stringify(item) + (j < items.length - 1 ? ',' : '')))
    lines.push(end)
  })
  return `${asciiOnly(lines.join('\n'))}\n`
}

/**
 * Writes the graph next to its destination and renames it into place, so a failed or interrupted
 * build never truncates or replaces the last good graph.
 */
export async function writeGraph(graph: Graph, file: string): Promise<void> {
  await writeFileAtomic(file, serializeGraph(graph))
}
