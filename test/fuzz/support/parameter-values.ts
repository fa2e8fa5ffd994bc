import type { OpenAPIV3_1 } from 'openapi-types'

type Json = Record<string, unknown>

/** Values are raw URL fragments, already percent-encoded (or deliberately not). */
export interface FuzzParameter {
  name: string
  in: 'path' | 'query'
  /** Values the schema accepts (enum members, bounds, ids of the graph). */
  valid: string[]
  /** Values just outside the schema, or hostile. */
  invalid: string[]
  /** Whether the parameter may repeat or hold a comma-separated list. */
  list: boolean
}

export interface FuzzOperation {
  /** Path template as documented, e.g. `/v1/services/{serviceId}`. */
  path: string
  parameters: FuzzParameter[]
}

/** Ids of the served graph by parameter name (`serviceId` and `service` → service ids, …). */
export type IdsByParameter = Record<string, string[]>

/** Fragments that trip decoders and object lookups; sent as written. */
export const ODD_FRAGMENTS = [
  '%00',
  '%ff',
  '%FF%FE',
  '%C0%AF', // overlong `/`
  '%E0%80%80', // overlong NUL
  '%ED%A0%80', // UTF-16 surrogate in UTF-8
  '%F4%90%80%80', // beyond U+10FFFF
  '%F0%9F%94%91', // a valid emoji
  '+',
  '%2B',
  '%2C',
  ',',
  ',,',
  '%',
  '%%',
  '%zz',
  '%2',
  '%25',
  '%2F',
  '%2e%2e',
  '..',
  '.',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '__proto__%5Bx%5D',
  '%5B%5D',
  'a%5Bb%5D',
  '%3Cscript%3E',
  '%22%27',
  '%0D%0ASet-Cookie:%20x=1',
  '\u00ff', // raw byte 0xff: invalid UTF-8 on the wire
  '\u00c3\u0028', // raw invalid 2-byte sequence
  '\u0080',
]

export const LONG = 10_000

function encode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return '%ED%A0%80' // a lone surrogate cannot be encoded: send its UTF-8 form instead
  }
}

function resolve(document: OpenAPIV3_1.Document, node: unknown): Json {
  let current = node as Json
  for (let depth = 0; typeof current.$ref === 'string' && depth < 10; depth++) {
    const pointer = current.$ref.replace(/^#\//, '').split('/')
    current = pointer.reduce<Json>((at, key) => at[key] as Json, document as unknown as Json)
  }
  return current
}

function valuesFor(document: OpenAPIV3_1.Document, schema: Json, ids: string[]) {
  const valid: string[] = [...ids.map(encode)]
  const invalid: string[] = []
  if (Array.isArray(schema.enum)) {
    const members = schema.enum.map(String)
    valid.push(...members)
    invalid.push(
      'nobody',
      '',
      ...members.map((m) => m.toUpperCase()),
      ...members.map((m) => `${m}%20`),
      ...members.map((m) => `${m}%00`),
    )
  }
  if (schema.const !== undefined) valid.push(String(schema.const))
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = typeof schema.minimum === 'number' ? schema.minimum : 0
    const max = typeof schema.maximum === 'number' ? schema.maximum : 1000
    valid.push(String(min), String(max), String(Math.floor((min + max) / 2)), '1', '20')
    invalid.push(
      String(min - 1),
      String(max + 1),
      '0',
      '-1',
      '1.5',
      '1e2',
      '0x10',
      '%201',
      '1%00',
      '99999999999999999999999',
      'NaN',
      'Infinity',
      '',
      'abc',
    )
  }
  if (schema.type === 'boolean') {
    valid.push('true', 'false')
    invalid.push('TRUE', '1', 'yes', '', 'true,false')
  }
  if (schema.type === 'string' || schema.type === undefined) {
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : 200
    valid.push('a', 'x'.repeat(Math.max(min, Math.min(max, LONG))))
    invalid.push('x'.repeat(max + 1), 'x'.repeat(LONG))
    if (min > 0) invalid.push('')
    else valid.push('')
    if (schema.format === 'secgraph-cursor') invalid.push('eyJvIjoxfQ', 'AAAA', '!!!', 'e30')
  }
  return { valid, invalid }
}

/** Every documented GET with its parameters' valid, boundary and invalid values. */
export function describeOperations(
  document: OpenAPIV3_1.Document,
  idsByParameter: IdsByParameter,
): FuzzOperation[] {
  const operations: FuzzOperation[] = []
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = rawItem as Json
    const operation = item.get as Json | undefined
    if (!operation) continue
    const declared = [
      ...((item.parameters as unknown[] | undefined) ?? []),
      ...((operation.parameters as unknown[] | undefined) ?? []),
    ].map((p) => resolve(document, p))
    const parameters: FuzzParameter[] = declared.map((p) => {
      const name = String(p.name)
      const schema = resolve(document, p.schema ?? {})
      const list = schema.type === 'array'
      const itemSchema = list ? resolve(document, schema.items ?? {}) : schema
      const { valid, invalid } = valuesFor(document, itemSchema, idsByParameter[name] ?? [])
      if (list && typeof schema.maxItems === 'number') {
        const first = valid.find((v) => v.length > 0) ?? 'a'
        invalid.push(Array.from({ length: schema.maxItems + 1 }, () => first).join(','))
      }
      return { name, in: p.in === 'path' ? 'path' : 'query', valid, invalid, list }
    })
    operations.push({ path, parameters })
  }
  return operations
}
