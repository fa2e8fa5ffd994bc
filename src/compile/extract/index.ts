/** Control extraction: what the rest of secgraph may use of `src/compile/extract/`. */
export { extractControls } from './extract-controls.ts'
export type { ExtractContext, ExtractResult } from './extract-controls.ts'
export { classifyStatement, explainStatements } from './classify-statement.ts'
export type { ClassifyStatementOptions, StatementDecision } from './classify-statement.ts'
export { createSentenceClassifier } from './classify-sentence.ts'
export type { Classification, ClassifyOptions, TraceStep } from './classify-sentence.ts'
export { RULES } from './rules/index.ts'
export type { ClassifierRule, Phase, RuleName } from './rules/index.ts'
