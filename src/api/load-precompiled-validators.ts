import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { API_ARTEFACTS } from './api-artefacts.ts'
import { openApiSourceOf } from './load-openapi-document.ts'
import { REQUEST_FORMATS } from './request-formats.ts'

/** Validate functions by `parameterSchemaName`. */
export type PrecompiledValidators = Readonly<Record<string, ValidateFunction>>

/** What write-api-artefacts.ts puts in the module. */
interface ValidatorsModule {
  sourceHash: string
  create(formats: typeof REQUEST_FORMATS, require: NodeJS.Require): PrecompiledValidators
}

const require = createRequire(import.meta.url)

/**
 * The request validators compiled at build time (ajv standalone code) for exactly this document's
 * YAML text, or null when there is no such artefact (then they are compiled at start instead).
 */
export function loadPrecompiledValidators(
  document: OpenAPIV3_1.Document,
): PrecompiledValidators | null {
  const source = openApiSourceOf(document)
  if (source === undefined || source.artefacts === null) return null
  try {
    const module = require(join(source.artefacts, API_ARTEFACTS.validators)) as ValidatorsModule
    if (module.sourceHash !== source.sourceHash) return null
    return module.create(REQUEST_FORMATS, require)
  } catch {
    // Missing or unusable (e.g. a half-copied dist/): compiling at start is the safe way out.
    return null
  }
}
