import { readFile } from 'node:fs/promises'
import type { Graph } from './graph.ts'
import { SCHEMA_VERSION } from './graph.ts'

/** A graph file that cannot be used: unreadable, not JSON, another schema version or malformed. */
export class GraphLoadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GraphLoadError'
  }
}

const ARRAYS = [
  'services',
  'topics',
  'sections',
  'controls',
  'programs',
  'requirements',
  'attestations',
  'links',
  'diagnostics',
] as const

/** Reads a graph written by `writeGraph`; throws `GraphLoadError` with a one-line reason otherwise. */
export async function loadGraph(file: string): Promise<Graph> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'read error'
    const reason = code === 'ENOENT' ? 'no such file (run `secgraph build` first)' : code
    throw new GraphLoadError(`cannot read graph ${file}: ${reason}`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new GraphLoadError(`graph ${file} is not valid JSON (${reason}); rebuild it`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphLoadError(`graph ${file} is not a JSON object; rebuild it`)
  }
  const record = value as Record<string, unknown>
  if (record.schemaVersion !== SCHEMA_VERSION) {
    throw new GraphLoadError(
      `graph ${file} has schemaVersion ${JSON.stringify(record.schemaVersion)}, this secgraph reads ${SCHEMA_VERSION}; rebuild it`,
    )
  }
  for (const key of ARRAYS) {
    if (!Array.isArray(record[key])) {
      throw new GraphLoadError(`graph ${file} has no "${key}" array; rebuild it`)
    }
  }
  for (const key of ['contentHash', 'builtAt'] as const) {
    if (typeof record[key] !== 'string') {
      throw new GraphLoadError(`graph ${file} has no "${key}" string; rebuild it`)
    }
  }
  return value as Graph
}
