import type { Attestation } from '../model/attestation.ts'
import type { Graph } from '../model/graph.ts'
import type {
  Change,
  ChangeNode,
  ChangeSummary,
  ChangeType,
  FieldChange,
  FieldValue,
  GraphDiff,
  MatchKind,
  NodeState,
} from './change.ts'
import { CHANGE_NODES, CHANGE_TYPES } from './change.ts'
import { attestationState, controlState, sectionState, topicState } from './node-states.ts'
import { pairBestFirst } from './pair-best-first.ts'
import { SIMILARITY_THRESHOLD } from './similarity-threshold.ts'
import { statementWords, wordSetDice } from './statement-similarity.ts'

export interface DiffOptions {
  /** Minimum statement similarity for pairing controls whose ids changed (default: the measured one). */
  threshold?: number
}

/** A node of either side, reduced to what matching needs. */
interface Item {
  service: string
  state: NodeState
  /** Position in the graph's document order. */
  index: number
}

interface Pair {
  before: Item
  after: Item
  match: MatchKind
  similarity: number | null
}

interface Pairing {
  pairs: Pair[]
  removed: Item[]
  added: Item[]
}

/** Fields whose change means the node moved; the other compared fields make it modified. */
const MOVE_FIELDS: Record<ChangeNode, readonly string[]> = {
  topic: ['file', 'parent'],
  section: ['topic', 'parent'],
  control: ['topic', 'section'],
  attestation: [],
}

/**
 * Everything that differs between two graphs: topics, sections, controls and attestations added,
 * removed, modified or moved, with field-level changes and sources on both sides.
 *
 * Matching: by id; then topics by file, then by anchor; sections by anchor within the paired topic,
 * then by title; controls of one service by statement similarity (greedy best-first, ties to the
 * same section, then the same topic, then document order). References to topics and sections are
 * compared through those pairings, so renaming a page does not make its controls "moved".
 */
export function diffGraphs(before: Graph, after: Graph, options: DiffOptions = {}): GraphDiff {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD
  const changes: Change[] = []

  const topics = pairNodes(items(before.topics, topicState), items(after.topics, topicState), [
    keyStage('file', (i) => i.state.fields.file ?? null),
    keyStage('anchor', (i) => i.state.fields.anchor ?? null),
  ])
  const topicMap = idMap(topics)
  changes.push(...toChanges('topic', topics, { parent: topicMap }))

  const sections = pairNodes(
    items(before.sections, sectionState),
    items(after.sections, sectionState),
    [
      keyStage('anchor', (i, side) => {
        const topic = String(i.state.fields.topic)
        return `${side === 'before' ? (topicMap.get(topic) ?? topic) : topic}#${i.state.fields.anchor}`
      }),
      keyStage('title', (i) => i.state.fields.title ?? null),
    ],
  )
  const sectionMap = idMap(sections)
  changes.push(...toChanges('section', sections, { topic: topicMap, parent: sectionMap }))

  const controls = pairNodes(
    items(before.controls, controlState),
    items(after.controls, controlState),
    [similarityStage(threshold, topicMap, sectionMap)],
  )
  changes.push(...toChanges('control', controls, { topic: topicMap, section: sectionMap }))

  const attestations = pairNodes(attestationItems(before), attestationItems(after), [])
  changes.push(...toChanges('attestation', attestations, {}))

  changes.sort(compareChanges)
  return {
    old: { contentHash: before.contentHash },
    new: { contentHash: after.contentHash },
    summary: summarize(changes),
    changes,
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}

function items<T extends { id: string; service?: string; topic?: string }>(
  nodes: T[],
  state: (node: T) => NodeState,
): Item[] {
  return nodes.map((node, index) => ({
    service: node.service ?? serviceOf(node.topic ?? node.id),
    state: state(node),
    index,
  }))
}

/** Ids start with the service id: `<service>.<topic anchor>…`. */
function serviceOf(id: string): string {
  const dot = id.indexOf('.')
  return dot < 0 ? id : id.slice(0, dot)
}

/** One item per (service, program), in the order of each program's first claim. */
function attestationItems(graph: Graph): Item[] {
  const groups = new Map<string, Attestation[]>()
  for (const a of graph.attestations) {
    const key = `${a.service}.${a.program}`
    groups.set(key, [...(groups.get(key) ?? []), a])
  }
  return [...groups.values()].flatMap((claims, index) => {
    const [first] = claims
    if (first === undefined) return []
    return [
      { service: first.service, state: attestationState(first, claims, graph.programs), index },
    ]
  })
}

type Stage = (removed: Item[], added: Item[]) => Pair[]

/**
 * Pairs controls of one service by statement similarity; among equal scores the one staying in the
 * same (paired) section wins, then the one staying in the same topic.
 */
function similarityStage(
  threshold: number,
  topicMap: Map<string, string>,
  sectionMap: Map<string, string>,
): Stage {
  const mapped = (value: FieldValue | undefined, map: Map<string, string>): string =>
    value === null || value === undefined ? '' : (map.get(String(value)) ?? String(value))
  const plain = (value: FieldValue | undefined): string =>
    value === null || value === undefined ? '' : String(value)
  return (removed, added) => {
    // Word sets once per control: the candidate pairs run into the hundreds of thousands.
    const words = new Map<Item, Set<string>>()
    for (const item of [...removed, ...added]) {
      words.set(item, new Set(statementWords(item.state.text)))
    }
    const similarity = (l: Item, r: Item): number =>
      wordSetDice(words.get(l) ?? new Set(), words.get(r) ?? new Set())
    return pairBestFirst(
      removed,
      added,
      (l, r) => (l.service === r.service ? similarity(l, r) : -1),
      threshold,
      (l, r) =>
        (mapped(l.state.fields.section, sectionMap) === plain(r.state.fields.section) ? 0 : 2) +
        (mapped(l.state.fields.topic, topicMap) === plain(r.state.fields.topic) ? 0 : 1),
    ).flatMap((p) => {
      const before = removed[p.left]
      const after = added[p.right]
      if (before === undefined || after === undefined) return []
      return [{ before, after, match: 'similarity' as const, similarity: round(p.score) }]
    })
  }
}

/** Pairs the items left over with equal, non-null keys, first with first in document order. */
function keyStage(
  match: MatchKind,
  key: (item: Item, side: 'before' | 'after') => FieldValue,
): Stage {
  return (removed, added) => {
    const waiting = new Map<string, Item[]>()
    for (const item of added) {
      const k = key(item, 'after')
      if (k === null) continue
      const slot = `${item.service}\0${String(k)}`
      waiting.set(slot, [...(waiting.get(slot) ?? []), item])
    }
    const pairs: Pair[] = []
    for (const item of removed) {
      const k = key(item, 'before')
      if (k === null) continue
      const partner = waiting.get(`${item.service}\0${String(k)}`)?.shift()
      if (partner) pairs.push({ before: item, after: partner, match, similarity: null })
    }
    return pairs
  }
}

/** Pairs by id, then runs each stage on what is still unpaired. */
function pairNodes(before: Item[], after: Item[], stages: Stage[]): Pairing {
  const afterById = new Map(after.map((item) => [item.state.id, item]))
  const pairs: Pair[] = []
  let removed: Item[] = []
  for (const item of before) {
    const partner = afterById.get(item.state.id)
    if (partner) pairs.push({ before: item, after: partner, match: 'id', similarity: null })
    else removed.push(item)
  }
  const paired = new Set(pairs.map((p) => p.after))
  let added = after.filter((item) => !paired.has(item))
  for (const stage of stages) {
    const found = stage(removed, added)
    pairs.push(...found)
    const usedBefore = new Set(found.map((p) => p.before))
    const usedAfter = new Set(found.map((p) => p.after))
    removed = removed.filter((item) => !usedBefore.has(item))
    added = added.filter((item) => !usedAfter.has(item))
  }
  return { pairs, removed, added }
}

function idMap(pairing: Pairing): Map<string, string> {
  return new Map(pairing.pairs.map((p) => [p.before.state.id, p.after.state.id]))
}

function same(a: FieldValue, b: FieldValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Turns a pairing into changes; `maps` translate old ids in reference fields before comparing. */
function toChanges(
  node: ChangeNode,
  pairing: Pairing,
  maps: Record<string, Map<string, string>>,
): Change[] {
  const changes: Change[] = []
  for (const pair of pairing.pairs) {
    const fields: FieldChange[] = []
    for (const [field, before] of Object.entries(pair.before.state.fields)) {
      const after = pair.after.state.fields[field] ?? null
      const map = maps[field]
      const translated = map && typeof before === 'string' ? (map.get(before) ?? before) : before
      if (!same(translated, after)) fields.push({ field, before, after })
    }
    if (fields.length === 0) continue
    const moved = fields.some((f) => MOVE_FIELDS[node].includes(f.field))
    changes.push(
      change(node, moved ? 'moved' : 'modified', pair.after, pair.before.state, pair.after.state, {
        match: pair.match,
        similarity: pair.similarity,
        fields,
      }),
    )
  }
  for (const item of pairing.removed) changes.push(change(node, 'removed', item, item.state, null))
  for (const item of pairing.added) changes.push(change(node, 'added', item, null, item.state))
  return changes
}

/** Where a change sorts: the new side's document position, else the old side's. */
const positions = new WeakMap<Change, number>()

function change(
  node: ChangeNode,
  type: ChangeType,
  at: Item,
  before: NodeState | null,
  after: NodeState | null,
  pairing: Pick<Change, 'match' | 'similarity' | 'fields'> = {
    match: null,
    similarity: null,
    fields: [],
  },
): Change {
  const result: Change = {
    id: `${node}.${type}.${(after ?? before)?.id ?? ''}`,
    type,
    node,
    service: at.service,
    match: pairing.match,
    similarity: pairing.similarity,
    before,
    after,
    fields: pairing.fields,
  }
  positions.set(result, at.index)
  return result
}

function positionOf(change: Change): number {
  return positions.get(change) ?? 0
}

/** Service, node kind, change type, then document position: the same inputs give the same order. */
function compareChanges(a: Change, b: Change): number {
  return (
    (a.service < b.service ? -1 : a.service > b.service ? 1 : 0) ||
    CHANGE_NODES.indexOf(a.node) - CHANGE_NODES.indexOf(b.node) ||
    CHANGE_TYPES.indexOf(a.type) - CHANGE_TYPES.indexOf(b.type) ||
    positionOf(a) - positionOf(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

export function summarize(changes: Change[]): ChangeSummary {
  const count = (type: ChangeType): number => changes.filter((c) => c.type === type).length
  return {
    added: count('added'),
    removed: count('removed'),
    modified: count('modified'),
    moved: count('moved'),
    total: changes.length,
  }
}
