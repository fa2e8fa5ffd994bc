export type {
  ActionGroup,
  ActionItem,
  Checklist,
  ChecklistFormat,
  ChecklistHeader,
  ChecklistScope,
  ChecklistTotals,
  Claim,
  Evidence,
  InheritedItem,
  ItemStatus,
} from './checklist.ts'
export { CHECKLIST_FORMATS } from './checklist.ts'
export { checklistJsonSchema } from './checklist-json-schema.ts'
export { createChecklist } from './create-checklist.ts'
export type { ChecklistOptions } from './create-checklist.ts'
export { CHECKLIST_MEDIA_TYPES, renderChecklist, toJson } from './render-checklist.ts'
export { writeOutput } from './write-output.ts'
export type { RenderedChecklist, RenderOptions } from './render-checklist.ts'
export { checklistScope, DEFAULT_OWNERS, validateScope } from './validate-scope.ts'
export type { ChecklistScopeResult } from './validate-scope.ts'
export { createOscalCatalog } from './oscal/create-oscal-catalog.ts'
export type { OscalCatalogDocument, OscalExportOptions } from './oscal/create-oscal-catalog.ts'
export {
  checklistToComponentDefinition,
  createOscalComponentDefinition,
  DEFAULT_CATALOG_HREF,
} from './oscal/create-oscal-component-definition.ts'
export type {
  ComponentDefinitionOptions,
  OscalComponentDefinitionDocument,
} from './oscal/create-oscal-component-definition.ts'
export { OSCAL_NS } from './oscal/oscal-common.ts'
export { createResponsibilityMatrix } from './matrix/create-responsibility-matrix.ts'
export type { MatrixScope } from './matrix/create-responsibility-matrix.ts'
export { ORIGINATION_RULES } from './matrix/origination-rules.ts'
export { MATRIX_FORMATS, renderMatrix } from './matrix/render-matrix.ts'
export type { MatrixFormat } from './matrix/render-matrix.ts'
export { ORIGINATIONS } from './matrix/responsibility-matrix.ts'
export type {
  MatrixRow,
  MatrixStatement,
  Origination,
  ResponsibilityMatrix,
} from './matrix/responsibility-matrix.ts'
