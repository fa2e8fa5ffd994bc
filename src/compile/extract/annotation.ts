import type { ControlKind, Owner } from '../../model/control.ts'

/** A parsed `<!-- secgraph: … -->` annotation. Absent keys leave inference alone. */
export interface Annotation {
  owner?: Owner
  kind?: ControlKind
  /** Replaces the inferred programs. */
  programs?: string[]
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
