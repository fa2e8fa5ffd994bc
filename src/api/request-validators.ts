import type { Ajv2020 } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { createAjv } from './create-ajv.ts'
import { loadPrecompiledValidators } from './load-precompiled-validators.ts'
import type { CompileSchema, RequestValidator } from './validate-request.ts'
import { createRequestValidator } from './validate-request.ts'

/** The compiled request validators of one OpenAPI document, by path template. */
export interface RequestValidators {
  (path: string): RequestValidator
  /** True when they come from build-time standalone code, false when compiled at start. */
  readonly precompiled: boolean
}

interface Compiled {
  compile: CompileSchema
  precompiled: boolean
  byPath: Map<string, RequestValidator>
}

// Keyed by the document object: every app of a server (one per reload) shares the compiled
// validators instead of recompiling ajv for each. Documents must not be mutated once in use.
const compiled = new WeakMap<OpenAPIV3_1.Document, Compiled>()

/** Build-time code when it matches the document, else ajv, created only if something needs it. */
function createCompile(document: OpenAPIV3_1.Document): Compiled {
  const precompiled = loadPrecompiledValidators(document)
  let ajv: Ajv2020 | undefined
  const compile: CompileSchema = (schema, name) =>
    precompiled?.[name] ?? (ajv ??= createAjv(document)).compile(schema)
  return { compile, precompiled: precompiled !== null, byPath: new Map() }
}

/** Validators of `document`'s GET operations, compiled on first use and shared by every app. */
export function requestValidatorsFor(document: OpenAPIV3_1.Document): RequestValidators {
  let entry = compiled.get(document)
  if (entry === undefined) {
    entry = createCompile(document)
    compiled.set(document, entry)
  }
  const { compile, byPath } = entry
  const validators = (path: string): RequestValidator => {
    let validate = byPath.get(path)
    if (validate === undefined) {
      validate = createRequestValidator(compile, document, path)
      byPath.set(path, validate)
    }
    return validate
  }
  return Object.assign(validators, { precompiled: entry.precompiled })
}
