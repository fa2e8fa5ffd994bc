import type { Ajv2020 } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { createAjv } from './create-ajv.ts'
import type { RequestValidator } from './validate-request.ts'
import { createRequestValidator } from './validate-request.ts'

/** The compiled request validators of one OpenAPI document, by path template. */
export type RequestValidators = (path: string) => RequestValidator

interface Compiled {
  ajv: Ajv2020
  byPath: Map<string, RequestValidator>
}

// Keyed by the document object: every app of a server (one per reload) shares the compiled
// validators instead of recompiling ajv for each. Documents must not be mutated once in use.
const compiled = new WeakMap<OpenAPIV3_1.Document, Compiled>()

/** Validators of `document`'s GET operations, compiled on first use and shared by every app. */
export function requestValidatorsFor(document: OpenAPIV3_1.Document): RequestValidators {
  let entry = compiled.get(document)
  if (entry === undefined) {
    entry = { ajv: createAjv(document), byPath: new Map() }
    compiled.set(document, entry)
  }
  const { ajv, byPath } = entry
  return (path) => {
    let validate = byPath.get(path)
    if (validate === undefined) {
      validate = createRequestValidator(ajv, document, path)
      byPath.set(path, validate)
    }
    return validate
  }
}
