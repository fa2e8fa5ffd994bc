import type { DocumentData } from 'flexsearch'
import type { Graph } from '../model/index.ts'
import type { FieldSpec } from './create-node-index.ts'
import { encodeTerms } from './index-key.ts'
import { synonymKeysOf } from './synonym-keys.ts'
import { tokenize } from './tokenize.ts'

/** Topics are found by their page title. */
export const TOPIC_FIELDS: readonly FieldSpec[] = [{ name: 'title', weight: 1 }]

/** The synonym entries a title names (keys, not words: see `CONTROL_KEY_FIELDS`). */
export const TITLE_KEY_FIELDS: readonly FieldSpec[] = [{ name: 'synonyms', weight: 0.9 }]

/** Sections are found by their heading, and a little by the page they are on. */
export const SECTION_FIELDS: readonly FieldSpec[] = [
  { name: 'title', weight: 1 },
  { name: 'topicTitle', weight: 0.35 },
]

/** One FlexSearch document per topic, in document order. */
export function createTopicDocuments(graph: Graph): DocumentData[] {
  return graph.topics.map((topic) => ({
    title: encodeTerms(tokenize(topic.title)),
    synonyms: encodeTerms(synonymKeysOf(topic.title)),
  }))
}

/** One FlexSearch document per section, in document order. */
export function createSectionDocuments(graph: Graph): DocumentData[] {
  const topicTitles = new Map(graph.topics.map((topic) => [topic.id, topic.title]))
  return graph.sections.map((section) => ({
    title: encodeTerms(tokenize(section.title)),
    synonyms: encodeTerms(synonymKeysOf(section.title)),
    topicTitle: encodeTerms(tokenize(topicTitles.get(section.topic) ?? '')),
  }))
}
