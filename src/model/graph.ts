import type { Attestation } from './attestation.ts'
import type { Control } from './control.ts'
import type { Diagnostic } from './diagnostic.ts'
import type { Link } from './link.ts'
import type { Program } from './program.ts'
import type { Requirement } from './requirement.ts'
import type { Section } from './section.ts'
import type { Service } from './service.ts'
import type { Topic } from './topic.ts'

/** Version of the graph file format; bumped on any incompatible change. */
export const SCHEMA_VERSION = 2

/** The whole build output: what `secgraph build` writes and the API serves. */
export interface Graph {
  /** Version of this format (`SCHEMA_VERSION`). */
  schemaVersion: number
  /** `sha256:<hex>` over every input file's path and bytes and the program vocabulary. */
  contentHash: string
  /** ISO 8601 time of the build: the only field that differs between two builds of the same content. */
  builtAt: string
  /** Services in id order. */
  services: Service[]
  /** Topics in document order: each service's pages depth-first along the Topics lists. */
  topics: Topic[]
  /** Sections in document order. */
  sections: Section[]
  /** Controls in document order. */
  controls: Control[]
  /** The program vocabulary, in id order. */
  programs: Program[]
  /** Every requirement of the shipped catalog(s), in natural control order (`compareRequirementIds`), whether a control meets it or not. */
  requirements: Requirement[]
  /** Attestations in document order. */
  attestations: Attestation[]
  /** Links in document order. */
  links: Link[]
  /** Diagnostics sorted by file, line, column and code. */
  diagnostics: Diagnostic[]
}

/** The graph's arrays, in file order (after the three scalar fields). */
export const GRAPH_ARRAYS = [
  'services',
  'topics',
  'sections',
  'controls',
  'programs',
  'requirements',
  'attestations',
  'links',
  'diagnostics',
] as const satisfies readonly (keyof Graph)[]

export type GraphArray = (typeof GRAPH_ARRAYS)[number]
