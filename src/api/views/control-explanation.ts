import { classifyStatement } from '../../compile/index.ts'
import type { TraceStep } from '../../compile/index.ts'
import type { Control } from '../../model/control.ts'
import type { GraphIndex } from '../graph-index.ts'

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

/** The explanation of one control, for `GET /v1/controls/{id}`. */
export function controlExplanation(index: GraphIndex, control: Control): ControlExplanation {
  if (control.origin === 'annotated')
    return { basis: 'annotation', rule: null, agrees: true, trace: [] }
  const service = index.services.get(control.service)
  const decision = classifyStatement(control.statement, {
    service: { id: control.service, name: service?.name ?? control.service },
    programs: [...index.programs.values()],
  })
  return {
    basis: 'statement',
    rule: decision?.rule ?? null,
    agrees: decision?.kind === control.kind && decision.owner === control.owner,
    trace: decision?.trace ?? [],
  }
}
