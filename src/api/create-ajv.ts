import { createRequire } from 'node:module'
import type * as AjvModule from 'ajv/dist/2020.js'
import type { Ajv2020 } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { REQUEST_FORMATS } from './request-formats.ts'

const require = createRequire(import.meta.url)

/** Id under which the OpenAPI document is registered, so `${OPENAPI_SCHEMA_ID}#/components/...` resolves. */
export const OPENAPI_SCHEMA_ID = 'urn:secgraph:openapi'

/** Name under which standalone validator code finds `REQUEST_FORMATS` (see write-api-artefacts.ts). */
export const STANDALONE_FORMATS = 'formats'

export interface CreateAjvOptions {
  /** Keep each compiled function's source, for `standaloneCode` (build time only). */
  standalone?: boolean
}

/**
 * One JSON Schema 2020-12 validator (OpenAPI 3.1's dialect) holding the whole document, so
 * parameter and response schemas are compiled straight from it with their `$ref`s.
 */
export function createAjv(document: OpenAPIV3_1.Document, options: CreateAjvOptions = {}): Ajv2020 {
  // Required here, not imported: a server whose validators were compiled at build time never
  // loads ajv's compiler (a fifth of a cold start's module loading).
  const { Ajv2020, Name } = require('ajv/dist/2020.js') as typeof AjvModule
  // strict is off because the document carries OpenAPI keywords (discriminator, example…) ajv doesn't know.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    verbose: true,
    ...(options.standalone
      ? { code: { source: true, formats: new Name(STANDALONE_FORMATS) } }
      : {}),
  })
  for (const [name, format] of Object.entries(REQUEST_FORMATS)) ajv.addFormat(name, format)
  ajv.addSchema(document as object, OPENAPI_SCHEMA_ID)
  return ajv
}
