import type { ControlKind, Owner } from '../../model/control.ts'

/** `requirements=sc-28,+ia-2.1,-ac-3`: plain ids pin, `+` adds, `-` rejects. */
export interface RequirementAnnotation {
  pin: string[] | null
  add: string[]
  reject: string[]
  /** The value as written, for the rationale. */
  text: string
}

/** A parsed `<!-- secgraph: … -->` annotation. Absent keys leave inference alone. */
export interface Annotation {
  owner?: Owner
  kind?: ControlKind
  /** Replaces the inferred programs. */
  programs?: string[]
  /**
   * Pins or rejects catalog requirements (full ids): `pin` replaces the inferred ones when
   * non-null, `add` puts requirements first, `reject` removes them (a base control's
   * enhancements too).
   */
  requirements?: RequirementAnnotation
  /** Pins the control id (prefixed by the topic id). */
  id?: string
  /** Not a control. */
  skip: boolean
  /** A control even when inference says no. */
  control: boolean
  /** Where the comment starts. */
  line: number
  column: number
}
