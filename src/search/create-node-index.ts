import { Document } from 'flexsearch'
import type { DocumentData, DocumentSearchResults } from 'flexsearch'
import { finishSteps } from '../support/run-steps.ts'
import type { Steps } from '../support/run-steps.ts'
import { splitEncoded } from './index-key.ts'
import type { QueryTerm } from './parse-query.ts'

/** A searchable field and how much a match in it counts (0–1]. */
export interface FieldSpec {
  name: string
  weight: number
}

/** One tag filter: the node must carry at least one of `values` in tag field `field`. */
export interface TagFilter {
  field: string
  values: readonly string[]
}

/** A node index position and its score. */
export interface RankedNode {
  index: number
  score: number
}

/** FlexSearch document index over one node type plus the scoring around it. */
export interface NodeIndex {
  /** Number of nodes (document ids are 0…size-1 in document order). */
  readonly size: number
  /** The underlying FlexSearch index (also used by the benchmark as the raw baseline). */
  readonly document: Document<DocumentData>
  /** Node positions carrying tag `value` in `field`, read from FlexSearch's tag index, in document order. */
  tagged(field: string, value: string): readonly number[]
  /** Matching nodes, best first, ties in document order, each made into a `T` by `make`. */
  rank<T = RankedNode>(
    terms: readonly QueryTerm[],
    filters?: readonly TagFilter[],
    make?: (index: number, score: number) => T,
  ): T[]
}

/** Weight of a typo-corrected match relative to a direct one. */
const FUZZY_QUALITY = 0.6
/** Keeps the weighted part of a score below 1, so the number of matched terms always dominates. */
const WEIGHT_SCALE = 0.99
/** Up to this many matches, an insertion sort puts them in document order. */
const SMALL_SORT = 24
/** Up to this many distinct scores, buckets are found by a linear search. */
const LINEAR_BUCKETS = 8
/** Filters are tracked as bits of a 32-bit mask. */
const MAX_FILTERS = 30
/** Documents added between two yields of `nodeIndexSteps` (a few milliseconds of work). */
const ADDS_PER_STEP = 200

/**
 * Builds the FlexSearch Document (one `forward`-tokenized index per field, tag fields for filters)
 * and preallocates per-node scratch arrays, so a query allocates only in proportion to its matches.
 *
 * Score of a node = number of query terms it holds + 0.99 × mean over terms of the best
 * field weight × match quality: nodes holding all the words come first, then a statement match
 * outranks a title or alias match, a direct match a typo-corrected one. Equal scores stay in
 * document order.
 */
export function createNodeIndex(
  fields: readonly FieldSpec[],
  tagFields: readonly string[],
  documents: readonly DocumentData[],
): NodeIndex {
  return finishSteps(nodeIndexSteps(fields, tagFields, documents))
}

/** `createNodeIndex` as steps: yields every few hundred documents added (see run-steps.ts). */
export function* nodeIndexSteps(
  fields: readonly FieldSpec[],
  tagFields: readonly string[],
  documents: readonly DocumentData[],
): Steps<NodeIndex> {
  const size = documents.length
  const document = new Document<DocumentData>({
    document: {
      id: 'id',
      index: fields.map((field) => ({
        field: field.name,
        tokenize: 'forward' as const,
        encode: splitEncoded,
      })),
      ...(tagFields.length > 0 ? { tag: tagFields.map((field) => ({ field })) } : {}),
    },
  })
  for (let index = 0; index < size; index++) {
    document.add(index, documents[index] as DocumentData)
    if (index % ADDS_PER_STEP === ADDS_PER_STEP - 1) yield
  }
  const weights = new Map(fields.map((field) => [field.name, field.weight]))

  // Generation stamps let the scratch arrays be reused without clearing them per query.
  let generation = 0
  let termGeneration = 0
  const nodeStamp = new Uint32Array(size)
  const matched = new Uint16Array(size)
  const weighted = new Float64Array(size)
  const termStamp = new Uint32Array(size)
  const termBest = new Float64Array(size)
  const bucketOf = new Uint32Array(size)
  const orderBuffer = new Uint32Array(size)
  const filterStamp = new Uint32Array(size)
  const filterMask = new Uint32Array(size)
  const touched: number[] = []
  const termTouched: number[] = []

  const nextGeneration = (): void => {
    if (generation === 0xffffffff) {
      nodeStamp.fill(0)
      filterStamp.fill(0)
      generation = 0
    }
    generation++
  }
  const nextTermGeneration = (): void => {
    if (termGeneration === 0xffffffff) {
      termStamp.fill(0)
      termGeneration = 0
    }
    termGeneration++
  }

  const tagged = (field: string, value: string): readonly number[] => {
    if (size === 0) return []
    // A tag-only query returns FlexSearch's own tag list; `limit: size` keeps it whole.
    const groups = document.search({
      tag: { [field]: value },
      limit: size,
    }) as DocumentSearchResults
    return (groups[0]?.result as number[] | undefined) ?? []
  }

  // Marks nodes passing every filter (OR within one filter's values, AND across filters).
  const markAllowed = (filters: readonly TagFilter[]): number => {
    filters.forEach((filter, bit) => {
      for (const value of filter.values) {
        for (const id of tagged(filter.field, value)) {
          if (filterStamp[id] !== generation) {
            filterStamp[id] = generation
            filterMask[id] = 0
          }
          filterMask[id] = (filterMask[id] as number) | (1 << bit)
        }
      }
    })
    return (1 << filters.length) - 1
  }

  const rank = <T = RankedNode>(
    terms: readonly QueryTerm[],
    filters: readonly TagFilter[] = [],
    make?: (index: number, score: number) => T,
  ): T[] => {
    if (size === 0 || terms.length === 0) return []
    nextGeneration()
    const active = filters.slice(0, MAX_FILTERS)
    const filtered = active.length > 0
    const full = filtered ? markAllowed(active) : 0
    touched.length = 0

    const stamp = generation
    for (const term of terms) {
      if (term.keys.length === 0) continue
      nextTermGeneration()
      const termStampNow = termGeneration
      termTouched.length = 0
      const quality = term.match === 'fuzzy' ? FUZZY_QUALITY : 1
      for (const key of term.keys) {
        const groups = document.search(key, { limit: size }) as DocumentSearchResults
        for (const group of groups) {
          const value = (weights.get(group.field as string) ?? 0) * quality
          const ids = group.result as number[]
          const length = ids.length
          for (let position = 0; position < length; position++) {
            const id = ids[position] as number
            if (filtered && (filterStamp[id] !== stamp || filterMask[id] !== full)) continue
            if (termStamp[id] !== termStampNow) {
              termStamp[id] = termStampNow
              termBest[id] = value
              termTouched.push(id)
            } else if (value > (termBest[id] as number)) {
              termBest[id] = value
            }
          }
        }
      }
      const length = termTouched.length
      for (let i = 0; i < length; i++) {
        const id = termTouched[i] as number
        if (nodeStamp[id] !== stamp) {
          nodeStamp[id] = stamp
          matched[id] = 1
          weighted[id] = termBest[id] as number
          touched.push(id)
        } else {
          matched[id] = (matched[id] as number) + 1
          weighted[id] = (weighted[id] as number) + (termBest[id] as number)
        }
      }
    }

    return order(terms.length, make ?? (rankedNode as (index: number, score: number) => T))
  }

  /**
   * Orders the touched nodes by score, then document order, without a comparator sort: collect
   * them in document order, give each distinct score a bucket, then place every node at its
   * bucket's next slot (a counting sort). Linear in the matches plus a sort of the distinct scores
   * (few: matched count times field-weight combinations).
   */
  const order = <T>(termCount: number, make: (index: number, score: number) => T): T[] => {
    const stamp = generation
    const count = touched.length
    // Positions in document order, in a reused buffer (no comparator sort on the hot path).
    const inOrder = orderBuffer
    if (count * 8 >= size) {
      // Dense result: a scan of the stamps is cheaper than sorting the positions.
      let next = 0
      for (let id = 0; id < size; id++) if (nodeStamp[id] === stamp) inOrder[next++] = id
    } else {
      for (let i = 0; i < count; i++) inOrder[i] = touched[i] as number
      if (count > SMALL_SORT) inOrder.subarray(0, count).sort()
      else {
        for (let i = 1; i < count; i++) {
          const id = inOrder[i] as number
          let j = i - 1
          while (j >= 0 && (inOrder[j] as number) > id) {
            inOrder[j + 1] = inOrder[j] as number
            j--
          }
          inOrder[j + 1] = id
        }
      }
    }
    // Every node's score is summed in the same term order, so equal scores are equal floats.
    // Queries give few distinct scores: a linear search beats a Map until there are many.
    const scores: number[] = []
    let bucketByScore: Map<number, number> | null = null
    for (let i = 0; i < count; i++) {
      const id = inOrder[i] as number
      const score = (matched[id] as number) + (WEIGHT_SCALE * (weighted[id] as number)) / termCount
      let bucket = -1
      if (bucketByScore === null) {
        for (let b = 0; b < scores.length; b++) {
          if (scores[b] === score) {
            bucket = b
            break
          }
        }
      } else {
        bucket = bucketByScore.get(score) ?? -1
      }
      if (bucket === -1) {
        bucket = scores.length
        scores.push(score)
        if (bucketByScore !== null) bucketByScore.set(score, bucket)
        else if (scores.length > LINEAR_BUCKETS) {
          bucketByScore = new Map(scores.map((value, index) => [value, index]))
        }
      }
      bucketOf[i] = bucket
    }
    if (scores.length === 1) {
      const only = Math.round((scores[0] as number) * 1e6) / 1e6
      const ranked: T[] = new Array(count)
      for (let i = 0; i < count; i++) ranked[i] = make(inOrder[i] as number, only)
      return ranked
    }
    const byRank = scores
      .map((_, bucket) => bucket)
      .sort((a, b) => (scores[b] as number) - (scores[a] as number))
    const start: number[] = scores.map(() => 0)
    for (let i = 0; i < count; i++)
      start[bucketOf[i] as number] = (start[bucketOf[i] as number] as number) + 1
    let offset = 0
    for (const bucket of byRank) {
      const members = start[bucket] as number
      start[bucket] = offset
      offset += members
    }
    // Rounding keeps scores short and free of float noise in JSON.
    const rounded = scores.map((score) => Math.round(score * 1e6) / 1e6)
    const ranked: T[] = new Array(count)
    for (let i = 0; i < count; i++) {
      const id = inOrder[i] as number
      const bucket = bucketOf[i] as number
      const slot = start[bucket] as number
      start[bucket] = slot + 1
      ranked[slot] = make(id, rounded[bucket] as number)
    }
    return ranked
  }

  return { size, document, tagged, rank }
}

function rankedNode(index: number, score: number): RankedNode {
  return { index, score }
}
