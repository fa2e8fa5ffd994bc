import { existsSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { CatalogFile } from '../../model/catalog-file.ts'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { createMemo } from '../../support/create-memo.ts'
import { createDiagnostic } from '../diagnostics.ts'
import { findProjectRoot } from '../helpers/find-project-root.ts'
import { createRequirementCatalog } from '../map/requirement-catalog.ts'
import type { RequirementCatalog } from '../map/requirement-catalog.ts'
import { readInput } from './read-input.ts'
import type { InputFile } from './read-input.ts'

/** The loaded catalogs and the files they came from (hashed with the content). */
export interface LoadedCatalogs {
  catalog: RequirementCatalog
  inputs: InputFile[]
}

const FOLDER = 'catalogs'

/** Catalog sets a process keeps: each edit of a content root's own catalog makes a new one. */
const KEPT = 4

/**
 * What a process has read, by the digests of the files: a process that builds again (serve's
 * reloads, the tests) parses and indexes an unchanged catalog once (its mapper index hangs off the
 * catalog object). Keyed by content, never by path, so a changed file is always read afresh.
 */
export interface CatalogMemo {
  /** A file's parse, or why it is no catalog, by the file's digest. */
  file: (digest: string, parse: () => CatalogFile | string) => CatalogFile | string
  /** The catalog of a set of valid files, by their digests in order. */
  catalog: (digests: string, create: () => RequirementCatalog) => RequirementCatalog
}

export const createCatalogMemo = (): CatalogMemo => ({
  file: createMemo(KEPT),
  catalog: createMemo(KEPT),
})

const processMemo = createCatalogMemo()

/**
 * Loads every `catalogs/*.json` of the content root, else the project's own `content/catalogs/`
 * (what `scripts/derive-catalogs.ts` ships). A bad file is reported and left out.
 */
export async function loadCatalogs(
  contentRoot: string,
  diagnostics: Diagnostic[],
  memo: CatalogMemo = processMemo,
): Promise<LoadedCatalogs> {
  let dir = join(contentRoot, FOLDER)
  if (!existsSync(dir)) {
    const project = findProjectRoot()
    dir = project === null ? dir : join(project, 'content', FOLDER)
  }
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : []
  const files: CatalogFile[] = []
  const digests: string[] = []
  const inputs: InputFile[] = []
  for (const name of names) {
    // Diagnostics name files relative to the content root, even the project's own catalogs.
    const path = relative(contentRoot, join(dir, name)).split(sep).join('/')
    const input = await readInput(contentRoot, path, diagnostics)
    inputs.push(input)
    if (input.text === null || input.digest === null) continue
    const { text } = input
    const problem = memo.file(input.digest, () => parseCatalog(text))
    if (typeof problem === 'string') {
      diagnostics.push(
        createDiagnostic(
          'invalid-catalog-file',
          { file: path, line: 1, column: 1 },
          { path, reason: problem },
        ),
      )
    } else {
      files.push(problem)
      digests.push(input.digest)
    }
  }
  const catalog = memo.catalog(digests.join(' '), () => createRequirementCatalog(files))
  return { catalog, inputs }
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string')

/** The catalog, or why it cannot be one. */
function parseCatalog(text: string): CatalogFile | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`
  }
  if (typeof value !== 'object' || value === null) return 'not a JSON object'
  const file = value as Record<string, unknown>
  if (typeof file.catalog !== 'string' || !/^[a-z0-9-]+$/.test(file.catalog))
    return '"catalog" must be a lower-case id'
  if (!Array.isArray(file.requirements)) return 'no "requirements" array'
  for (const [index, item] of (file.requirements as unknown[]).entries()) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
    for (const key of ['controlId', 'label', 'title', 'family', 'statement', 'guidance']) {
      if (typeof entry[key] !== 'string') return `requirement ${index} has no string "${key}"`
    }
    if (entry.parent !== null && typeof entry.parent !== 'string')
      return `requirement ${index} ("${String(entry.controlId)}"): "parent" must be a string or null`
    if (!isStrings(entry.baselines))
      return `requirement ${index} ("${String(entry.controlId)}"): "baselines" must be a list of program ids`
    const related = entry.related
    if (
      !Array.isArray(related) ||
      !related.every(
        (r: unknown) =>
          typeof r === 'object' &&
          r !== null &&
          typeof (r as Record<string, unknown>).program === 'string' &&
          isStrings((r as Record<string, unknown>).ids),
      )
    )
      return `requirement ${index} ("${String(entry.controlId)}"): "related" must be a list of {program, ids}`
  }
  return value as CatalogFile
}
