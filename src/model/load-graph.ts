import { createReadStream } from 'node:fs'
import { GRAPH_ARRAYS } from './graph.ts'
import { readFile } from 'node:fs/promises'
import type { Graph } from './graph.ts'
import { SCHEMA_VERSION } from './graph.ts'
import { createStringInterner } from './intern-strings.ts'

/** A graph file that cannot be used: unreadable, not JSON, another schema version or malformed. */
export class GraphLoadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GraphLoadError'
  }
}

/** The first line `writeGraph` writes: `{"schemaVersion":2,`. */
const FIRST_LINE = /^\{"schemaVersion":(-?\d+),$/
/** A line opening an array (`"controls":[`), or holding an empty one (`"links":[],`). */
const ARRAY_LINE = /^"(\w+)":\[(\],?|\]\})?$/
/** A scalar field line (`"contentHash":"sha256:…",`). */
const FIELD_LINE = /^"(\w+)":(.*?),?$/

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function readError(file: string, error: unknown): GraphLoadError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'read error'
  const reason = code === 'ENOENT' ? 'no such file (run `secgraph build` first)' : code
  return new GraphLoadError(`cannot read graph ${file}: ${reason}`)
}

function versionError(file: string, version: unknown): GraphLoadError {
  return new GraphLoadError(
    `graph ${file} has schemaVersion ${JSON.stringify(version)}, this secgraph reads ${SCHEMA_VERSION}; rebuild it`,
  )
}

const NEWLINE = 0x0a

/**
 * The lines of a file, read in 1 MiB chunks and cut at newline bytes before decoding: the whole
 * text is never one string in memory, and each line is decoded once, on its own.
 */
async function* linesOf(file: string): AsyncGenerator<string> {
  let rest: Buffer | null = null
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const bytes: Buffer = rest === null ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer])
    let start = 0
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      yield bytes.toString('utf8', start, end)
      start = end + 1
    }
    rest = start < bytes.length ? bytes.subarray(start) : null
  }
  if (rest !== null) yield rest.toString('utf8')
}

/**
 * Reads the layout `writeGraph` writes, one array item per line, parsing each line on its own:
 * no 100 MB string, no two-byte copy of it, and repeated strings shared as they are read.
 * Returns null when the file does not start like one (another layout: read as plain JSON).
 */
async function readLines(file: string): Promise<unknown> {
  const lines = linesOf(file)
  const first = await lines.next()
  const version = first.done ? undefined : FIRST_LINE.exec(first.value)?.[1]
  if (version === undefined) {
    await lines.return(undefined)
    return null
  }
  if (Number(version) !== SCHEMA_VERSION) {
    await lines.return(undefined)
    throw versionError(file, Number(version))
  }
  const intern = createStringInterner()
  const graph: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION }
  let items: unknown[] | null = null
  let number = 1
  let closed = false
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text)
    } catch (error) {
      throw new GraphLoadError(
        `graph ${file} is not valid JSON (line ${number}: ${reasonOf(error)}); rebuild it`,
      )
    }
  }
  for await (const line of lines) {
    number++
    if (closed) {
      if (line.trim() === '') continue
      throw new GraphLoadError(
        `graph ${file} is not valid JSON (text after the end, line ${number}); rebuild it`,
      )
    }
    if (items !== null) {
      if (line === '],' || line === ']}') {
        items = null
        closed = line === ']}'
      } else {
        items.push(intern(parse(line.endsWith(',') ? line.slice(0, -1) : line)))
      }
      continue
    }
    const array = ARRAY_LINE.exec(line)
    if (array) {
      const list: unknown[] = []
      graph[array[1] as string] = list
      if (array[2] === undefined) items = list
      else closed = array[2] === ']}'
      continue
    }
    const field = FIELD_LINE.exec(line)
    if (!field) {
      throw new GraphLoadError(
        `graph ${file} is not valid JSON (line ${number} is no field of the graph); rebuild it`,
      )
    }
    graph[field[1] as string] = parse(field[2] as string)
  }
  if (!closed) {
    throw new GraphLoadError(
      `graph ${file} is not valid JSON (it ends at line ${number}, before the graph closes); rebuild it`,
    )
  }
  return graph
}

/** Any other layout of the same JSON (hand-written, or indented by an older secgraph). */
async function readWhole(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new GraphLoadError(`graph ${file} is not valid JSON (${reasonOf(error)}); rebuild it`)
  }
}

/** Reads a graph written by `writeGraph`; throws `GraphLoadError` with a one-line reason otherwise. */
export async function loadGraph(file: string): Promise<Graph> {
  let value: unknown
  try {
    value = (await readLines(file)) ?? (await readWhole(file))
  } catch (error) {
    throw error instanceof GraphLoadError ? error : readError(file, error)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphLoadError(`graph ${file} is not a JSON object; rebuild it`)
  }
  const record = value as Record<string, unknown>
  if (record.schemaVersion !== SCHEMA_VERSION) throw versionError(file, record.schemaVersion)
  for (const key of GRAPH_ARRAYS) {
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
