import type { ControlKind, Owner } from '../../model/control.ts'
import type { Program } from '../../model/program.ts'
import type { Service } from '../../model/service.ts'
import { parsePage } from '../parse-page.ts'
import type { TraceStep } from './classification.ts'
import { extractControls } from './extract-controls.ts'
import type { RuleName } from './rules/index.ts'

/** Why a statement is (or is not) a control, and why its owner is who it is. */
export interface StatementDecision {
  /** The statement as extraction cut it (a sentence, or one party's clause of one). */
  statement: string
  control: boolean
  kind: ControlKind | null
  owner: Owner | null
  /** Programs the statement names. */
  programs: string[]
  confidence: number
  /** The rule that decided. */
  rule: RuleName
  /** The rules that fired, with the words that triggered them; the deciding rule last. */
  trace: TraceStep[]
}

export interface ClassifyStatementOptions {
  /** The service the statement is about: its names make "Example Vault encrypts…" the provider's. */
  service?: { id: string; name: string }
  programs: Program[]
}

/**
 * Classifies a bare statement (one or more sentences of Markdown) the way the build classifies a
 * paragraph of a page, and explains each decision. A sentence that holds two parties' duties
 * gives one decision per duty.
 */
export function explainStatements(
  text: string,
  options: ClassifyStatementOptions,
): StatementDecision[] {
  const settings = options.service ?? { id: 'service', name: 'the service' }
  const service: Service = {
    ...settings,
    provider: 'unknown',
    rootTopic: `${settings.id}.root`,
    dir: '.',
  }
  const { page } = parsePage({ file: 'statement.md', markdown: text, service: service.id })
  const decisions: StatementDecision[] = []
  const result = extractControls(page, {
    service,
    programs: options.programs,
    trace: (statement, c) =>
      decisions.push({
        statement,
        control: c.control,
        kind: c.kind,
        owner: c.owner,
        programs: [],
        confidence: c.confidence,
        rule: c.rule,
        trace: c.trace,
      }),
  })
  // Programs and annotations are settled after classification; take them from the controls.
  for (const decision of decisions) {
    const control = result.controls.find((c) => c.statement === decision.statement)
    if (!control) continue
    decision.programs = control.programs
    decision.kind = control.kind
    decision.owner = control.owner
    decision.confidence = control.confidence
    decision.control = true
  }
  return decisions
}

/**
 * The decision about a bare statement: its first control, or (when it holds none) its first
 * sentence's decision. Null for text with no statement at all.
 */
export function classifyStatement(
  text: string,
  options: ClassifyStatementOptions,
): StatementDecision | null {
  const decisions = explainStatements(text, options)
  return decisions.find((decision) => decision.control) ?? decisions[0] ?? null
}
