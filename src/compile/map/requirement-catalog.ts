import type { CatalogFile } from '../../model/catalog-file.ts'
import { compareRequirementIds } from '../../model/compare-requirement-ids.ts'
import type { Requirement } from '../../model/requirement.ts'

/** A requirement with the catalog text the mapper reads (never part of the graph). */
export interface CatalogText {
  requirement: Requirement
  statement: string
  guidance: string
}

/** The shipped catalogs, loaded once per build: what the graph lists and the mapper reads. */
export interface RequirementCatalog {
  /** Every requirement, in natural control order (`Graph.requirements`). */
  requirements: Requirement[]
  /** By full id (`nist-800-53-r5:sc-28`). */
  byId: ReadonlyMap<string, Requirement>
  /** Text by full id. */
  texts: ReadonlyMap<string, CatalogText>
  /** Catalog ids, in load order (the first is the default for bare ids such as `sc-28`). */
  catalogs: string[]
}

/** Builds the catalog from shipped files; duplicate ids keep the first. */
export function createRequirementCatalog(files: readonly CatalogFile[]): RequirementCatalog {
  const byId = new Map<string, Requirement>()
  const texts = new Map<string, CatalogText>()
  for (const file of files) {
    for (const entry of file.requirements) {
      const id = `${file.catalog}:${entry.controlId}`
      if (byId.has(id)) continue
      const requirement: Requirement = {
        id,
        catalog: file.catalog,
        controlId: entry.controlId,
        label: entry.label,
        title: entry.title,
        family: entry.family,
        parent: entry.parent === null ? null : `${file.catalog}:${entry.parent}`,
        baselines: [...entry.baselines],
        related: entry.related.map((r) => ({ program: r.program, ids: [...r.ids] })),
      }
      byId.set(id, requirement)
      texts.set(id, { requirement, statement: entry.statement, guidance: entry.guidance })
    }
  }
  const requirements = [...byId.values()].sort((a, b) => compareRequirementIds(a.id, b.id))
  return { requirements, byId, texts, catalogs: [...new Set(files.map((f) => f.catalog))] }
}

/**
 * Resolves an id as written by people: `sc-28`, `SC-28`, `SC-28(1)`, `sc-28.1` or the full
 * `nist-800-53-r5:sc-28`. Null when the catalog has no such requirement.
 */
export function resolveRequirementId(catalog: RequirementCatalog, text: string): string | null {
  const trimmed = text.trim().toLowerCase()
  const colon = trimmed.lastIndexOf(':')
  const prefix = colon < 0 ? null : trimmed.slice(0, colon)
  const local = (colon < 0 ? trimmed : trimmed.slice(colon + 1))
    .replace(/\((\d+)\)$/, '.$1')
    .replace(/-0+(\d)/, '-$1')
    .replace(/\.0+(\d)/, '.$1')
  for (const name of prefix === null ? catalog.catalogs : [prefix]) {
    const id = `${name}:${local}`
    if (catalog.byId.has(id)) return id
  }
  return null
}
