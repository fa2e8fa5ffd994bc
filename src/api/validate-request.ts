import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { OPENAPI_SCHEMA_ID } from './create-ajv.ts'
import type { InvalidParam } from './http-error.ts'
import type { ResolvedScope } from '../scope/index.ts'

/** Query values after coercion and defaults: strings, numbers, booleans or string arrays. */
export type QueryValues = Record<string, string | number | boolean | string[]>

/** What a handler receives once the request passed validation. */
export interface ValidRequest {
  query: QueryValues
  path: Record<string, string>
  /** `canonicalQuery(query)`, computed once per request for ETags, memo keys and links. */
  canonical: string
  /** The scope parameters given, resolved to canonical ids (also written back into `query`). */
  scope: ResolvedScope
}

export interface ValidationResult {
  request: ValidRequest
  issues: InvalidParam[]
}

/**
 * Turns one operation's query or path object schema into a validate function: `ajv.compile` at run
 * time, or a lookup of standalone code made at build time; `name` is `parameterSchemaName(…)`.
 */
export type CompileSchema = (schema: Record<string, unknown>, name: string) => ValidateFunction

/** Stable name of an operation's query or path schema, e.g. `get /v1/controls query`. */
export function parameterSchemaName(method: string, path: string, where: 'query' | 'path'): string {
  return `${method} ${path} ${where}`
}

/** Validates one operation's query and path parameters; compiled once, called per request. */
export type RequestValidator = (search: string, path: Record<string, string>) => ValidationResult

interface ParameterSpec {
  name: string
  in: 'query' | 'path'
  required: boolean
  /** Schema type after following a top-level `$ref`: decides how the raw strings are coerced. */
  type: string
  default: unknown
  pointer: string
}

type Json = Record<string, unknown>

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

function resolvePointer(document: Json, ref: string): { value: Json; pointer: string } {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`)
  let value: unknown = document
  for (const raw of ref.slice(2).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    value = (value as Json)[token]
    if (value === undefined) throw new Error(`unresolvable $ref ${ref}`)
  }
  return { value: value as Json, pointer: ref.slice(1) }
}

function follow(document: Json, value: Json, pointer: string): { value: Json; pointer: string } {
  return typeof value.$ref === 'string' ? resolvePointer(document, value.$ref) : { value, pointer }
}

function collectParameters(document: Json, path: string, method: string): ParameterSpec[] {
  const pathItemPointer = `/paths/${escapePointer(path)}`
  const pathItem = (document.paths as Json | undefined)?.[path] as Json | undefined
  const operation = pathItem?.[method] as Json | undefined
  if (!pathItem || !operation)
    throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`)
  const specs = new Map<string, ParameterSpec>()
  const lists: [unknown, string][] = [
    [pathItem.parameters, `${pathItemPointer}/parameters`],
    [operation.parameters, `${pathItemPointer}/${method}/parameters`],
  ]
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue
    list.forEach((entry: Json, i) => {
      const parameter = follow(document, entry, `${listPointer}/${i}`)
      const where = parameter.value.in
      if (where !== 'query' && where !== 'path') {
        throw new Error(`parameters in ${String(where)} are not supported (${path})`)
      }
      const schema = follow(document, parameter.value.schema as Json, `${parameter.pointer}/schema`)
      specs.set(`${where}:${String(parameter.value.name)}`, {
        name: String(parameter.value.name),
        in: where,
        required: parameter.value.required === true,
        type: typeof schema.value.type === 'string' ? schema.value.type : 'string',
        default: schema.value.default,
        pointer: `${parameter.pointer}/schema`,
      })
    })
  }
  return [...specs.values()]
}

function objectSchema(specs: ParameterSpec[], closed: boolean): Json {
  return {
    type: 'object',
    properties: Object.fromEntries(
      specs.map((s) => [s.name, { $ref: OPENAPI_SCHEMA_ID + '#' + s.pointer }]),
    ),
    required: specs.filter((s) => s.required).map((s) => s.name),
    additionalProperties: !closed,
  }
}

/** Strings from the URL become the types the schema expects; anything else is left for ajv to reject. */
function coerce(raw: string, type: string): string | number | boolean {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'enum':
      return `${JSON.stringify(error.data)} is not one of: ${(error.params.allowedValues as unknown[]).join(', ')}`
    case 'type':
      if (error.params.type === 'boolean')
        return `must be a boolean: ${JSON.stringify(error.data)}; valid: true, false`
      return `must be ${error.params.type === 'integer' ? 'an integer' : `of type ${String(error.params.type)}`}`
    case 'format':
      return error.params.format === 'secgraph-cursor'
        ? 'is not a cursor issued by this API'
        : `must be a valid ${String(error.params.format)}`
    case 'maxLength':
      return `must be at most ${String(error.params.limit)} characters long`
    case 'minLength':
      return `must be at least ${String(error.params.limit)} character${error.params.limit === 1 ? '' : 's'} long`
    default:
      return error.message ?? 'is invalid'
  }
}

function toIssues(errors: ErrorObject[], where: 'query' | 'path'): InvalidParam[] {
  const issues: InvalidParam[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    let name: string
    let reason: string
    if (error.keyword === 'additionalProperties') {
      name = String(error.params.additionalProperty)
      reason = 'unknown parameter'
    } else if (error.keyword === 'required') {
      name = String(error.params.missingProperty)
      reason = 'is required'
    } else {
      name = error.instancePath.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? ''
      reason = describe(error)
    }
    const key = `${name}\0${reason}`
    if (seen.has(key)) continue
    seen.add(key)
    // A flag has two valid values: name them, as unknown scope values do.
    const flag = error.keyword === 'type' && error.params.type === 'boolean'
    issues.push(
      flag
        ? { name, in: where, reason, invalid: [String(error.data)], valid: ['true', 'false'] }
        : { name, in: where, reason },
    )
  }
  return issues
}

/**
 * Builds the validator of one operation from its OpenAPI parameters. Array parameters accept both
 * the documented `style: form, explode: true` (`?owner=a&owner=b`) and comma-separated values
 * (`?owner=a,b`); scalars may appear once; any parameter the document doesn't name is rejected.
 */
export function createRequestValidator(
  compiler: Ajv2020 | CompileSchema,
  document: OpenAPIV3_1.Document,
  path: string,
  method = 'get',
): RequestValidator {
  const compile: CompileSchema =
    typeof compiler === 'function' ? compiler : (schema) => compiler.compile(schema)
  const specs = collectParameters(document as unknown as Json, path, method)
  const querySpecs = specs.filter((s) => s.in === 'query')
  const pathSpecs = specs.filter((s) => s.in === 'path')
  const bySpecName = new Map(querySpecs.map((s) => [s.name, s]))
  const validateQuery = compile(
    objectSchema(querySpecs, true),
    parameterSchemaName(method, path, 'query'),
  )
  const validatePath = compile(
    objectSchema(pathSpecs, false),
    parameterSchemaName(method, path, 'path'),
  )
  const defaults = querySpecs.filter((s) => s.default !== undefined)

  return (search, path) => {
    // A Map, not an object: names like `__proto__` or `constructor` must stay plain data.
    const parsed = new Map<string, unknown>()
    const issues: InvalidParam[] = []
    if (search.length > 0) {
      const repeated = new Set<string>()
      for (const [name, raw] of new URLSearchParams(search)) {
        if (name === '' && raw === '') continue
        const spec = bySpecName.get(name)
        if (spec?.type === 'array') {
          const values = (parsed.get(name) as string[] | undefined) ?? []
          for (const part of raw.split(',')) {
            const value = part.trim()
            if (value !== '' && !values.includes(value)) values.push(value)
          }
          parsed.set(name, values)
        } else if (parsed.has(name)) {
          repeated.add(name)
        } else {
          parsed.set(name, spec ? coerce(raw, spec.type) : raw)
        }
      }
      for (const name of repeated) {
        if (bySpecName.has(name))
          issues.push({ name, in: 'query', reason: 'must be given at most once' })
      }
    }
    // `?owner=` or `?owner=,` selects nothing in particular: same as leaving the filter out.
    const query = Object.fromEntries(
      [...parsed].filter(([, v]) => !Array.isArray(v) || v.length > 0),
    )
    if (!validateQuery(query)) issues.push(...toIssues(validateQuery.errors ?? [], 'query'))
    if (pathSpecs.length > 0 && !validatePath(path)) {
      issues.push(...toIssues(validatePath.errors ?? [], 'path'))
    }
    for (const spec of defaults)
      if (!Object.hasOwn(query, spec.name)) query[spec.name] = spec.default
    const values = query as QueryValues
    return {
      request: { query: values, path, canonical: canonicalQuery(values), scope: {} },
      issues,
    }
  }
}

/** `canonical` (a canonicalQuery text) without the named parameters: same as canonicalQuery with `omit`. */
export function omitParameters(canonical: string, omit: readonly string[]): string {
  if (canonical === '') return canonical
  const names = omit.map(encodeURIComponent)
  return canonical
    .split('&')
    .filter((part) => !names.includes(part.slice(0, part.indexOf('='))))
    .join('&')
}

/** Canonical text of validated query values: sorted names, OR-sets sorted, so equal queries share ETags and cursors. */
export function canonicalQuery(query: QueryValues, omit: readonly string[] = []): string {
  const parts: string[] = []
  for (const name of Object.keys(query).sort()) {
    if (omit.includes(name)) continue
    const value = query[name]
    const text = Array.isArray(value) ? [...value].sort().join(',') : String(value)
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(text).replace(/%2C/g, ',')}`)
  }
  return parts.join('&')
}
