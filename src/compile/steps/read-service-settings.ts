import { LineCounter, isMap, isScalar, parseDocument } from 'yaml'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { slugify } from '../../model/slugify.ts'
import { sourceUrlProblem, unknownPlaceholders } from '../../model/source-url.ts'
import { createDiagnostic } from '../diagnostics.ts'

/** What a `service.yml` may set; anything unset is derived from the root page. */
export interface ServiceSettings {
  id?: string
  name?: string
  provider?: string
  root?: string
  /** Template of the published page address (see `SOURCE_URL_PLACEHOLDERS`). */
  sourceUrl?: string
}

const KEYS = ['id', 'name', 'provider', 'root', 'sourceUrl'] as const

/** Parses `service.yml`; on any problem reports `invalid-service-file` and falls back to discovery. */
export function readServiceSettings(
  text: string,
  file: string,
  diagnostics: Diagnostic[],
): ServiceSettings {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const fail = (offset: number, reason: string): ServiceSettings => {
    const { line, col } = lineCounter.linePos(offset)
    diagnostics.push(
      createDiagnostic('invalid-service-file', { file, line, column: col }, { reason }),
    )
    return {}
  }
  const [error] = document.errors
  if (error) return fail(error.pos[0], error.message.split('\n')[0] ?? 'YAML error')
  if (document.contents === null) return {}
  if (!isMap(document.contents))
    return fail(document.contents.range?.[0] ?? 0, 'expected a mapping')
  const settings: ServiceSettings = {}
  let idOffset = 0
  let urlOffset = 0
  for (const pair of document.contents.items) {
    const key: unknown = isScalar(pair.key) ? pair.key.value : null
    const offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0
    const entry: unknown = isScalar(pair.value) ? pair.value.value : null
    if (typeof key !== 'string' || !(KEYS as readonly string[]).includes(key)) {
      return fail(offset, `unknown key ${JSON.stringify(key)} (expected ${KEYS.join(', ')})`)
    }
    if (typeof entry !== 'string' || entry.trim() === '') {
      return fail(offset, `"${key}" must be a non-empty string`)
    }
    settings[key as (typeof KEYS)[number]] = entry.trim()
    if (key === 'id') idOffset = offset
    if (key === 'sourceUrl') urlOffset = (isScalar(pair.value) ? pair.value.range?.[0] : 0) ?? 0
  }
  if (settings.id !== undefined && slugify(settings.id) !== settings.id) {
    return fail(
      idOffset,
      `id "${settings.id}" must be a lower-case slug (letters, digits, hyphens)`,
    )
  }
  if (settings.sourceUrl !== undefined) {
    const template = settings.sourceUrl
    const reason = sourceUrlProblem(template)
    if (reason !== null) {
      // Point at the unknown placeholder itself when the value is written plain.
      const [unknown] = unknownPlaceholders(template)
      const { line, col } = lineCounter.linePos(
        urlOffset + (unknown && text.startsWith(template, urlOffset) ? unknown.offset : 0),
      )
      diagnostics.push(
        createDiagnostic('invalid-source-url', { file, line, column: col }, { template, reason }),
      )
      delete settings.sourceUrl
    }
  }
  return settings
}
