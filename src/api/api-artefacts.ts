import { hash } from 'node:crypto'
import { dirname, join } from 'node:path'

/**
 * Files `npm run build` derives from openapi/openapi.yaml so a server starts without parsing YAML
 * or compiling validators: the document as JSON and the request validators as ajv standalone code.
 * Each carries the SHA-256 of the YAML it came from; a server uses them only when that hash is the
 * YAML's current one, and otherwise parses and compiles at start (so editing the YAML never needs a
 * hand-run step, it only costs start-up time until the next build).
 */
export const API_ARTEFACTS = {
  /** Folder, relative to the package root (the folder holding openapi/). */
  dir: join('dist', 'openapi'),
  /** `{ sourceHash, document }`. */
  document: 'openapi.json',
  /** CommonJS: `sourceHash` and `create(formats)` returning validators by parameterSchemaName. */
  validators: 'request-validators.cjs',
} as const

/** Hash that ties an artefact to the YAML text it was made from. */
export function hashOpenApiSource(text: string): string {
  return hash('sha256', text, 'hex')
}

/** The artefact folder of a package whose document is `openapiFile` (…/openapi/openapi.yaml). */
export function apiArtefactsDir(openapiFile: string): string {
  return join(dirname(dirname(openapiFile)), API_ARTEFACTS.dir)
}
