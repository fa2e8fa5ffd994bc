export { resolveScope } from './resolve-scope.ts'
export type { InvalidParameter, RawScope, ResolvedScope, ScopeResult } from './resolve-scope.ts'
export { NAMING_RULES, SCOPE_PARAMETERS, normalizeName } from './scope-parameters.ts'
export type { Candidate, NamingRule, ScopeParameter } from './scope-parameters.ts'
export {
  baselineIdsOf,
  coverageOf,
  mappingsOf,
  requirementFamily,
  requirementsOf,
  supportsOf,
} from './mapped-graph.ts'
export type { ProgramCoverage } from './mapped-graph.ts'
