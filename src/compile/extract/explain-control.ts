import type { Control } from '../../model/control.ts'
import type { Program } from '../../model/program.ts'
import type { TraceStep } from './classification.ts'
import { classifyStatement } from './classify-statement.ts'

/** Why a control is one, and why its owner is who it is. */
export interface ControlExplanation {
  /**
   * 'annotation': an author's annotation decided; 'statement': the classifier's rules, rerun on
   * the statement with the service's names (a list's lead-in is not part of it).
   */
  basis: 'annotation' | 'statement'
  /** The rule that decided, or null for an annotated control. */
  rule: string | null
  /** Whether the rules, on the statement alone, reach the control's kind and owner. */
  agrees: boolean
  /** The rules that fired, with the words that triggered them; the deciding rule last. */
  trace: TraceStep[]
}

/**
 * Why a control of a built graph is one: its annotation, or the classifier's rules rerun on its
 * statement with its service's name (`secgraph explain --control`, the API's control detail).
 */
export function explainControl(
  control: Control,
  options: { serviceName: string; programs: Program[] },
): ControlExplanation {
  if (control.origin === 'annotated')
    return { basis: 'annotation', rule: null, agrees: true, trace: [] }
  const decision = classifyStatement(control.statement, {
    service: { id: control.service, name: options.serviceName },
    programs: options.programs,
  })
  return {
    basis: 'statement',
    rule: decision?.rule ?? null,
    agrees: decision?.kind === control.kind && decision.owner === control.owner,
    trace: decision?.trace ?? [],
  }
}
