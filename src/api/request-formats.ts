import type { Format } from 'ajv/dist/2020.js'
import { fullFormats } from 'ajv-formats/dist/formats.js'
import { decodeCursor } from '../support/cursor.ts'

/**
 * The string formats the document's schemas may name: ajv-formats' full set plus our cursor.
 * One table for both paths: `createAjv` registers it, and precompiled validators (standalone code)
 * receive it at load time, so a format check behaves the same either way.
 */
export const REQUEST_FORMATS: Readonly<Record<string, Format>> = {
  ...fullFormats,
  'secgraph-cursor': { type: 'string', validate: (text: string) => decodeCursor(text) !== null },
}
