import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OpenAPIV3_1 } from 'openapi-types'
import { parse } from 'yaml'

/** The YAML file ships with the package; walking up works from `src/api` and from `dist/src/api`. */
export function findOpenApiFile(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const file = join(dir, 'openapi', 'openapi.yaml')
    if (existsSync(file)) return file
    if (dirname(dir) === dir) throw new Error('openapi/openapi.yaml not found above ' + start)
  }
}

/** Reads `openapi/openapi.yaml`: the single source of the API's paths, parameters and schemas. */
export function loadOpenApiDocument(file = findOpenApiFile()): OpenAPIV3_1.Document {
  const document = parse(readFileSync(file, 'utf8')) as OpenAPIV3_1.Document
  if (typeof document !== 'object' || !String(document.openapi).startsWith('3.1')) {
    throw new Error(`${file} is not an OpenAPI 3.1 document`)
  }
  return document
}
