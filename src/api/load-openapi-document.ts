import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OpenAPIV3_1 } from 'openapi-types'
import type * as Yaml from 'yaml'
import { API_ARTEFACTS, apiArtefactsDir, hashOpenApiSource } from './api-artefacts.ts'

/** Where a loaded document came from, and the artefacts made from the same YAML text. */
export interface OpenApiSource {
  /** SHA-256 of the YAML text. */
  sourceHash: string
  /** `artefact`: the JSON made at build time; `yaml`: parsed at load (no artefact, or a stale one). */
  from: 'artefact' | 'yaml'
  /** Folder searched for build-time artefacts (validators included), or null for none. */
  artefacts: string | null
}

export interface LoadOpenApiOptions {
  /** Folder of build-time artefacts (default: dist/openapi of the package); null: parse the YAML. */
  artefacts?: string | null
}

const require = createRequire(import.meta.url)

/** The YAML parser, loaded only when there is no current JSON artefact. */
function parseYaml(text: string): unknown {
  return (require('yaml') as typeof Yaml).parse(text)
}

const sources = new WeakMap<OpenAPIV3_1.Document, OpenApiSource>()

/** The YAML file ships with the package; walking up works from `src/api` and from `dist/src/api`. */
export function findOpenApiFile(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const file = join(dir, 'openapi', 'openapi.yaml')
    if (existsSync(file)) return file
    if (dirname(dir) === dir) throw new Error('openapi/openapi.yaml not found above ' + start)
  }
}

/** The JSON artefact's document when it was made from exactly `sourceHash`'s YAML, else null. */
function readArtefact(dir: string, sourceHash: string): unknown {
  let text: string
  try {
    text = readFileSync(join(dir, API_ARTEFACTS.document), 'utf8')
  } catch {
    return null
  }
  // The hash sits first in the file: a stale artefact is refused without parsing the rest.
  if (!text.startsWith(`{"sourceHash":${JSON.stringify(sourceHash)},`)) return null
  try {
    return (JSON.parse(text) as { document: unknown }).document
  } catch {
    return null
  }
}

/**
 * Reads `openapi/openapi.yaml`: the single source of the API's paths, parameters and schemas.
 * Uses the JSON made from the same text at build time when there is one (parsing JSON is about a
 * hundred times faster than YAML), else parses the YAML.
 */
export function loadOpenApiDocument(
  file = findOpenApiFile(),
  options: LoadOpenApiOptions = {},
): OpenAPIV3_1.Document {
  const text = readFileSync(file, 'utf8')
  const sourceHash = hashOpenApiSource(text)
  const artefacts = options.artefacts === undefined ? apiArtefactsDir(file) : options.artefacts
  const built = artefacts === null ? null : readArtefact(artefacts, sourceHash)
  const document = (built ?? parseYaml(text)) as OpenAPIV3_1.Document
  if (typeof document !== 'object' || !String(document.openapi).startsWith('3.1')) {
    throw new Error(`${file} is not an OpenAPI 3.1 document`)
  }
  sources.set(document, { sourceHash, from: built === null ? 'yaml' : 'artefact', artefacts })
  return document
}

/** How `document` was loaded, when it came from `loadOpenApiDocument` (else undefined). */
export function openApiSourceOf(document: OpenAPIV3_1.Document): OpenApiSource | undefined {
  return sources.get(document)
}
