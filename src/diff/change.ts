import type { Source } from '../model/source.ts'

/** What happened to a node between two graphs. */
export type ChangeType = 'added' | 'removed' | 'modified' | 'moved'

/** Which kind of node changed. */
export type ChangeNode = 'topic' | 'section' | 'control' | 'attestation'

export const CHANGE_TYPES: readonly ChangeType[] = ['added', 'removed', 'modified', 'moved']
export const CHANGE_NODES: readonly ChangeNode[] = ['topic', 'section', 'control', 'attestation']

/** A compared field's value: text, a sorted list (programs) or nothing. */
export type FieldValue = string | string[] | null

/** How an old node was paired with a new one. */
export type MatchKind = 'id' | 'similarity' | 'file' | 'anchor' | 'title'

/** One field that differs between the two sides of a pair. */
export interface FieldChange {
  field: string
  before: FieldValue
  after: FieldValue
}

/** A node as it is on one side of the diff. */
export interface NodeState {
  id: string
  /** Title of a topic or section, statement of a control, program name of an attestation. */
  text: string
  /** The compared fields, by name (see the field lists in `diff-graphs.ts`). */
  fields: Record<string, FieldValue>
  /** Where the node is stated: one source, or every claim of an attestation. */
  sources: Source[]
}

/** One difference between two graphs. */
export interface Change {
  /** `<node>.<type>.<id of the new side, or of the old side when removed>`: unique within a diff. */
  id: string
  type: ChangeType
  node: ChangeNode
  service: string
  /** How the two sides were paired; null for added and removed nodes. */
  match: MatchKind | null
  /** Statement similarity of a control pair (0–1), when paired by similarity. */
  similarity: number | null
  /** The node in the old graph; null when added. */
  before: NodeState | null
  /** The node in the new graph; null when removed. */
  after: NodeState | null
  /** Fields that differ, in field order; empty for added and removed nodes. */
  fields: FieldChange[]
}

/** Counts of a diff by change type. */
export interface ChangeSummary {
  added: number
  removed: number
  modified: number
  moved: number
  total: number
}

/** Everything that differs between two graphs, in a deterministic order. */
export interface GraphDiff {
  old: { contentHash: string }
  new: { contentHash: string }
  summary: ChangeSummary
  changes: Change[]
}
