import type { Annotation } from './annotation.ts'
import type { Classification } from './classification.ts'
import type { Point } from './locate-chars.ts'

/** One candidate statement: a sentence, a clause of one, or a list item's sentence. */
export interface Unit {
  statement: string
  point: Point
  section: string | null
  headingPath: string[]
  references: string[]
  classification: Classification
  /** Annotations that apply, outermost first (block, then item/sentence). */
  annotations: Annotation[]
}
