export { createCatalogIndex } from './catalog-index.ts'
export type { CatalogIndex, QueryVector, TextMatch } from './catalog-index.ts'
export { CONCEPTS } from './concepts.ts'
export type { Concept, ConceptName, ConceptTarget } from './concepts.ts'
export { createRequirementMapper, findConcepts } from './create-requirement-mapper.ts'
export type {
  ConceptHit,
  RequirementMapper,
  StatementContext,
} from './create-requirement-mapper.ts'
export { withCoverage } from './program-coverage.ts'
export { createRequirementCatalog, resolveRequirementId } from './requirement-catalog.ts'
export type { CatalogText, RequirementCatalog } from './requirement-catalog.ts'
export { supportsOf } from './supports-of.ts'
