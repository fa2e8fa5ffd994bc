import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { OpenAPIV3_1 } from 'openapi-types'
import { decodeCursor } from '../support/cursor.ts'

/** Id under which the OpenAPI document is registered, so `${OPENAPI_SCHEMA_ID}#/components/...` resolves. */
export const OPENAPI_SCHEMA_ID = 'urn:secgraph:openapi'

/**
 * One JSON Schema 2020-12 validator (OpenAPI 3.1's dialect) holding the whole document, so
 * parameter and response schemas are compiled straight from it with their `$ref`s.
 */
export function createAjv(document: OpenAPIV3_1.Document): Ajv2020 {
  // strict is off because the document carries OpenAPI keywords (discriminator, example…) ajv doesn't know.
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true })
  addFormats.default(ajv)
  ajv.addFormat('secgraph-cursor', {
    type: 'string',
    validate: (text) => decodeCursor(text) !== null,
  })
  ajv.addSchema(document as object, OPENAPI_SCHEMA_ID)
  return ajv
}
