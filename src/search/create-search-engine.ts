import type { Graph } from '../model/index.ts'
import { requirementFamily, resolveScope } from '../scope/index.ts'
import { finishSteps } from '../support/run-steps.ts'
import type { Steps } from '../support/run-steps.ts'
import {
  CONTROL_FIELDS,
  CONTROL_KEY_FIELDS,
  CONTROL_TAGS,
  controlDocumentSteps,
} from './control-documents.ts'
import { nodeIndexSteps } from './create-node-index.ts'
import type { NodeIndex, TagFilter } from './create-node-index.ts'
import { createTagBitsets } from './create-tag-bitsets.ts'
import { createVocabulary } from './create-vocabulary.ts'
import type { Vocabulary } from './create-vocabulary.ts'
import { findMarks } from './find-marks.ts'
import { TERM_END, splitEncoded } from './index-key.ts'
import { makeSnippet } from './make-snippet.ts'
import { parseQuery } from './parse-query.ts'
import type { QueryTerm } from './parse-query.ts'
import { renderMarks } from './render-marks.ts'
import type { ControlFilters, NodeType, ScoredId, SearchHit, SearchIndex } from './search-types.ts'
import {
  SECTION_FIELDS,
  TITLE_KEY_FIELDS,
  TOPIC_FIELDS,
  createSectionDocuments,
  createTopicDocuments,
} from './title-documents.ts'

/** Hits returned by `search()` when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 20
/** Most hits `search()` returns, whatever the limit asked. */
export const MAX_SEARCH_LIMIT = 1000

/** Parsed queries kept for reuse (oldest dropped first), and the longest query cached. */
const PARSE_CACHE_SIZE = 512
const MAX_CACHED_QUERY = 256

const NODE_TYPES: readonly NodeType[] = ['topic', 'section', 'control']

/** The search index plus the internals the benchmark and tests look at. */
export interface SearchEngine {
  index: SearchIndex
  controlIndex: NodeIndex
  vocabulary: Vocabulary
  parse(q: string): readonly QueryTerm[]
}

/** Builds every index once; queries then only read them. */
export function createSearchEngine(graph: Graph): SearchEngine {
  return finishSteps(searchEngineSteps(graph))
}

/** Documents whose terms are collected between two yields. */
const DOCUMENTS_PER_STEP = 2000

/**
 * `createSearchEngine` as steps that yield every few milliseconds of work (see run-steps.ts), so
 * a server can build the index between requests; the result is the same engine.
 */
export function* searchEngineSteps(graph: Graph): Steps<SearchEngine> {
  const controlDocuments = yield* controlDocumentSteps(graph)
  const topicDocuments = createTopicDocuments(graph)
  const sectionDocuments = createSectionDocuments(graph)

  const terms = new Set<string>()
  const collect = function* (
    documents: readonly Record<string, unknown>[],
    fields: readonly string[],
  ): Steps<void> {
    for (const [position, document] of documents.entries()) {
      for (const field of fields) {
        const value = document[field]
        if (typeof value !== 'string') continue
        for (const key of splitEncoded(value)) terms.add(key.slice(0, -TERM_END.length))
      }
      if (position % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield
    }
  }
  yield* collect(
    controlDocuments,
    CONTROL_FIELDS.map((field) => field.name),
  )
  yield* collect(
    topicDocuments,
    TOPIC_FIELDS.map((field) => field.name),
  )
  yield* collect(
    sectionDocuments,
    SECTION_FIELDS.map((field) => field.name),
  )
  const vocabulary = createVocabulary(terms)
  yield

  const controlIndex = yield* nodeIndexSteps(
    [...CONTROL_FIELDS, ...CONTROL_KEY_FIELDS],
    CONTROL_TAGS,
    controlDocuments,
  )
  const indexes: Record<NodeType, NodeIndex> = {
    topic: yield* nodeIndexSteps([...TOPIC_FIELDS, ...TITLE_KEY_FIELDS], [], topicDocuments),
    section: yield* nodeIndexSteps([...SECTION_FIELDS, ...TITLE_KEY_FIELDS], [], sectionDocuments),
    control: controlIndex,
  }
  const ids: Record<NodeType, readonly string[]> = {
    topic: graph.topics.map((topic) => topic.id),
    section: graph.sections.map((section) => section.id),
    control: graph.controls.map((control) => control.id),
  }

  // Known values per tag field, so unknown filter values are dropped before querying.
  const known = new Map<string, Set<string>>(
    CONTROL_TAGS.map((field) => [
      field,
      new Set(controlDocuments.flatMap((d) => toList(d[field]))),
    ]),
  )
  yield
  const bitsets = createTagBitsets(controlDocuments.length, CONTROL_TAGS, (position, field) =>
    toList(controlDocuments[position]?.[field]),
  )
  const unfiltered: readonly ScoredId[] = ids.control.map((id) => Object.freeze({ id, score: 0 }))

  // A typed requirement id selects what `requirement=` selects: resolved by the scope
  // vocabulary (SC-28, sc-28, IA-2(1), ia-2.1), a base control with its enhancements.
  const requirements = (text: string): readonly string[] | null => {
    const resolved = resolveScope(graph, { requirement: text })
    const ids = resolved.ok ? resolved.scope.requirement : undefined
    return ids === undefined ? null : [...requirementFamily(graph, ids)]
  }

  // Parsing is pure given the vocabulary; repeated queries (paging, typeahead) skip it.
  const parsed = new Map<string, readonly QueryTerm[]>()
  const parse = (q: string): readonly QueryTerm[] => {
    if (typeof q !== 'string') return []
    let terms = parsed.get(q)
    if (terms === undefined) {
      terms = parseQuery(q, vocabulary, { requirements })
      if (parsed.size >= PARSE_CACHE_SIZE) parsed.delete(parsed.keys().next().value as string)
      if (q.length <= MAX_CACHED_QUERY) parsed.set(q, terms)
    }
    return terms
  }
  const makeControlHit = (position: number, score: number): ScoredId => ({
    id: ids.control[position] as string,
    score,
  })

  const controls = (query: { q?: string; filters?: ControlFilters }): ScoredId[] => {
    const filters = readFilters(query?.filters, known)
    if (filters === null) return []
    const q = typeof query?.q === 'string' ? query.q : ''
    if (q.trim() === '') {
      if (filters.length === 0) return unfiltered.slice()
      return bitsets.select(filters).map((position) => unfiltered[position] as ScoredId)
    }
    return controlIndex.rank(parse(q), filters, makeControlHit)
  }

  const search = (q: string, types?: NodeType[], limit?: number): SearchHit[] => {
    const max =
      typeof limit === 'number' && Number.isFinite(limit) && limit >= 0
        ? Math.min(Math.floor(limit), MAX_SEARCH_LIMIT)
        : DEFAULT_SEARCH_LIMIT
    const wanted = Array.isArray(types) && types.length > 0 ? types : NODE_TYPES
    const terms = parse(q)
    if (terms.length === 0 || max === 0) return []
    const hits: (SearchHit & { order: number; position: number })[] = []
    NODE_TYPES.forEach((type, order) => {
      if (!wanted.includes(type)) return
      for (const node of indexes[type].rank(terms)) {
        hits.push({
          type,
          id: ids[type][node.index] as string,
          score: node.score,
          order,
          position: node.index,
        })
      }
    })
    hits.sort((a, b) => b.score - a.score || a.order - b.order || a.position - b.position)
    return hits.slice(0, max).map(({ type, id, score }) => ({ type, id, score }))
  }

  const highlight = (text: string, q: string): string => {
    if (typeof text !== 'string') return ''
    return renderMarks(text, findMarks(text, parse(q)))
  }

  const snippet = (text: string, q: string, maxLength?: number): string => {
    if (typeof text !== 'string') return ''
    return makeSnippet(text, findMarks(text, parse(q)), maxLength)
  }

  return { index: { controls, search, highlight, snippet }, controlIndex, vocabulary, parse }
}

const FILTER_KEYS = CONTROL_TAGS

/**
 * Reads the filters through a fixed key list (never the object's own keys, so `__proto__` and
 * friends are inert), keeps known string values, and returns null when a filter can match nothing.
 */
function readFilters(
  filters: ControlFilters | undefined,
  known: ReadonlyMap<string, ReadonlySet<string>>,
): TagFilter[] | null {
  const result: TagFilter[] = []
  if (filters === null || typeof filters !== 'object') return result
  for (const field of FILTER_KEYS) {
    const raw: unknown = Object.hasOwn(filters, field) ? filters[field] : undefined
    if (raw === undefined || raw === null) continue
    const list = Array.isArray(raw) ? (raw as unknown[]) : [raw]
    if (list.length === 0) continue
    const values = [...new Set(list.filter((value): value is string => typeof value === 'string'))]
    const present = values.filter((value) => known.get(field)?.has(value) === true)
    if (present.length === 0) return null
    result.push({ field, values: present })
  }
  return result
}

function toList(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}
