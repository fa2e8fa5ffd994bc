import { resolve } from 'node:path'
import { createRequirementMapper } from '../../../src/compile/map/index.ts'
import type { RequirementCatalog, RequirementMapper } from '../../../src/compile/map/index.ts'
import { loadCatalogs } from '../../../src/compile/steps/load-catalogs.ts'
import { projectRoot } from '../../support/shared-corpus.ts'

let loaded: Promise<{ catalog: RequirementCatalog; mapper: RequirementMapper }> | undefined

/** The shipped catalog and a mapper over it, loaded once per test file. */
export function shippedMapper(): Promise<{
  catalog: RequirementCatalog
  mapper: RequirementMapper
}> {
  loaded ??= loadCatalogs(resolve(projectRoot, 'content'), []).then(({ catalog }) => ({
    catalog,
    mapper: createRequirementMapper(catalog),
  }))
  return loaded
}

/** `sc-28.1` of `nist-800-53-r5:sc-28.1`. */
export const local = (id: string): string => id.slice(id.indexOf(':') + 1)

/** Base control of an id: `sc-28.1` → `sc-28`. */
export const base = (id: string): string => local(id).split('.')[0] ?? id
