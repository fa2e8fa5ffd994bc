import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import type { ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { oscalSchemaFile } from '../../support/shared-corpus.ts'

let validate: ValidateFunction | undefined

/** NIST's OSCAL 1.1.3 schema compiled once (draft-07, formats checked, \p{…} patterns as Unicode). */
export function validateOscal(document: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true })
    addFormats.default(ajv)
    validate = ajv.compile(JSON.parse(readFileSync(oscalSchemaFile, 'utf8')) as object)
  }
  if (validate(document)) return []
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  )
}
