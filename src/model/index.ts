export type { Attestation } from './attestation.ts'
export type { Control, ControlKind, Origin, Owner } from './control.ts'
export { CONTROL_KINDS, ORIGINS, OWNERS } from './control.ts'
export type { Diagnostic, Severity } from './diagnostic.ts'
export type { Graph, GraphArray } from './graph.ts'
export { GRAPH_ARRAYS, SCHEMA_VERSION } from './graph.ts'
export type { Link, LinkKind } from './link.ts'
export type { Program, ProgramCoverage, ProgramKind } from './program.ts'
export { PROGRAM_KINDS } from './program.ts'
export type { Relation, Requirement, RequirementMapping } from './requirement.ts'
export { RELATIONS } from './requirement.ts'
export type { CatalogEntry, CatalogFile, CatalogSource } from './catalog-file.ts'
export type { Section } from './section.ts'
export type { Service } from './service.ts'
export type { Source } from './source.ts'
export type { Topic } from './topic.ts'
export { slugify } from './slugify.ts'
export { compareRequirementIds } from './compare-requirement-ids.ts'
export { groupByRequirement } from './group-by-requirement.ts'
export {
  expandSourceUrl,
  SOURCE_URL_PLACEHOLDERS,
  sourceUrlProblem,
  unknownPlaceholders,
} from './source-url.ts'
export type { SourceUrlPlaceholder, SourceUrlValues } from './source-url.ts'
export { shortHash } from './short-hash.ts'
