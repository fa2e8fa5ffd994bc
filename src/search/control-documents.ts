import type { DocumentData } from 'flexsearch'
import type { Graph } from '../model/index.ts'
import { mappingsOf } from '../scope/index.ts'
import type { Steps } from '../support/run-steps.ts'
import type { FieldSpec } from './create-node-index.ts'
import { REQUIREMENT_MARK, encodeTerms } from './index-key.ts'
import { synonymKeysOf } from './synonym-keys.ts'
import { tokenize } from './tokenize.ts'

/** Searchable control fields: the statement counts most, then the programs it names, then headings. */
export const CONTROL_FIELDS: readonly FieldSpec[] = [
  { name: 'statement', weight: 1 },
  { name: 'programNames', weight: 0.7 },
  { name: 'sectionTitle', weight: 0.5 },
  { name: 'topicTitle', weight: 0.35 },
]

/**
 * Fields of keys, not words (never offered as typo corrections): the synonym entries the
 * statement names, found by `mfa` as well as `multi-factor authentication`, a little below a word
 * of the statement itself; and the requirements the control is mapped to, found by `SC-28`.
 */
export const CONTROL_KEY_FIELDS: readonly FieldSpec[] = [
  { name: 'synonyms', weight: 0.9 },
  { name: 'requirements', weight: 1 },
]

/** Tag fields of control documents, named like the `ControlFilters` keys. */
export const CONTROL_TAGS = ['service', 'topic', 'owner', 'kind', 'program', 'origin'] as const

/** Fields of one control as indexed: encoded term strings per field, tag values per tag field. */
export type ControlDocument = DocumentData

/** Controls tokenized between two yields of `controlDocumentSteps`. */
const CONTROLS_PER_STEP = 500

/**
 * One FlexSearch document per control, in document order (position = FlexSearch id), as steps
 * that yield every few hundred controls (see run-steps.ts).
 */
export function* controlDocumentSteps(graph: Graph): Steps<ControlDocument[]> {
  const sectionTitles = new Map(graph.sections.map((section) => [section.id, section.title]))
  const topicTitles = new Map(graph.topics.map((topic) => [topic.id, topic.title]))
  const programNames = new Map(
    graph.programs.map((program) => [program.id, [program.name, ...program.aliases].join(' ')]),
  )
  const documents: ControlDocument[] = []
  for (const control of graph.controls) {
    documents.push({
      statement: encodeTerms(tokenize(control.statement)),
      synonyms: encodeTerms(synonymKeysOf(control.statement)),
      requirements: encodeTerms(mappingsOf(control).map((m) => REQUIREMENT_MARK + m.requirement)),
      programNames: encodeTerms(
        tokenize(control.programs.map((id) => programNames.get(id) ?? id).join(' ')),
      ),
      sectionTitle: encodeTerms(
        tokenize(control.section === null ? '' : (sectionTitles.get(control.section) ?? '')),
      ),
      topicTitle: encodeTerms(tokenize(topicTitles.get(control.topic) ?? '')),
      service: control.service,
      topic: control.topic,
      owner: control.owner,
      kind: control.kind,
      program: [...control.programs],
      origin: control.origin,
    })
    if (documents.length % CONTROLS_PER_STEP === 0) yield
  }
  return documents
}
