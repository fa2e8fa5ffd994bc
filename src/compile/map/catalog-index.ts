import type { RequirementCatalog } from './requirement-catalog.ts'

/** A requirement the catalog text resembles, with the words they share (for the rationale). */
export interface TextMatch {
  id: string
  score: number
  shared: string[]
}

/** TF-IDF retrieval over the catalog's own text (title, statement, guidance). */
export interface CatalogIndex {
  /** Cosine similarity of the text to every requirement it shares a word with, best first. */
  search(text: string, limit: number): TextMatch[]
  /** The text's query vector, to compare it with many requirements at once. */
  vector(text: string): QueryVector
  /** Cosine similarity of a query vector to one requirement (0 when unknown). */
  similarity(query: QueryVector, id: string): number
}

/** A text's normalized TF-IDF weights. */
export type QueryVector = ReadonlyMap<string, number>

// Function words and the catalog's own boilerplate: they say nothing about which control it is.
const STOP = new Set(
  `a an and are as at be been by can could do does for from has have if in into is it its may
  must no not of on or other should so such than that the their them then there these they this
  those to use used using via was were when where which while who will with within without you
  your we our us all any each every also only more most both either one two three per
  organization organizations organizational defined assignment selection system systems employ
  employs employed include includes including related control controls information ensure
  ensures provide provides requirement requirements based need needed support supports`.split(
    /\s+/,
  ),
)

/** Lower-cased words, function words dropped, plural and verb endings folded. */
export function terms(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? []
  return words.filter((w) => !STOP.has(w)).map(stem)
}

// The catalog repeats a few thousand words hundreds of times: stem each once.
const stems = new Map<string, string>()

function stem(word: string): string {
  let stemmed = stems.get(word)
  if (stemmed === undefined) {
    stemmed = stemOnce(word)
    if (stems.size < 100_000) stems.set(word, stemmed)
  }
  return stemmed
}

function stemOnce(word: string): string {
  if (word.length <= 4) return word
  for (const [suffix, min] of [
    ['ations', 5],
    ['ation', 5],
    ['ing', 5],
    ['ies', 4],
    ['ed', 5],
    ['es', 5],
    ['s', 4],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min - 2) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length)
    }
  }
  return word
}

const cache = new WeakMap<RequirementCatalog, CatalogIndex>()

/**
 * Lists of (number, weight) pairs stored end to end: list i is `items[start[i]]` to
 * `items[start[i + 1] - 1]`, with `weights` alongside.
 */
interface Packed {
  start: Int32Array
  items: Int32Array
  weights: Float64Array
}

/** The weight of `item` in list `list` (items ascending), 0 when absent. */
function weightOf(packed: Packed, list: number, item: number): number {
  let low = packed.start[list] as number
  let high = (packed.start[list + 1] as number) - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const at = packed.items[mid] as number
    if (at === item) return packed.weights[mid] as number
    if (at < item) low = mid + 1
    else high = mid - 1
  }
  return 0
}

/** Built once per catalog (vectors precomputed), then shared by every statement of a build. */
export function createCatalogIndex(catalog: RequirementCatalog): CatalogIndex {
  const cached = cache.get(catalog)
  if (cached) return cached
  // Terms are numbered as first met, so each document counts them in one reused array (and lists
  // them in first-met order, the order the weights are summed in) instead of a map of its own.
  const termIds = new Map<string, number>()
  const df: number[] = []
  const scratch: number[] = []
  const documents: { id: string; order: number[]; counts: number[] }[] = []
  for (const { requirement, statement, guidance } of catalog.texts.values()) {
    const order: number[] = []
    // The title names the safeguard: it counts three times as much as the prose around it.
    const weighted: [string, number][] = [
      [requirement.title, 3],
      [statement, 1],
      [guidance, 0.5],
    ]
    for (const [text, weight] of weighted) {
      for (const term of terms(text)) {
        let id = termIds.get(term)
        if (id === undefined) {
          id = termIds.size
          termIds.set(term, id)
          df.push(0)
          scratch.push(0)
        }
        if (scratch[id] === 0) order.push(id)
        scratch[id] = (scratch[id] as number) + weight
      }
    }
    const counts = order.map((id) => scratch[id] as number)
    for (const id of order) {
      scratch[id] = 0
      df[id] = (df[id] as number) + 1
    }
    documents.push({ id: requirement.id, order, counts })
  }
  const n = documents.length
  const idfs = df.map((count) => Math.log((n + 1) / (count + 1)) + 1)
  const idf = (term: string): number => idfs[termIds.get(term) ?? -1] ?? Math.log(n + 1) + 1
  // Postings (by term: document numbers) and vectors (by document: term numbers, ascending),
  // each packed in one pair of typed arrays: a search adds into one array, a lookup bisects.
  const total = df.reduce((sum, count) => sum + count, 0)
  const postings: Packed = {
    start: new Int32Array(df.length + 1),
    items: new Int32Array(total),
    weights: new Float64Array(total),
  }
  for (const [id, count] of df.entries())
    postings.start[id + 1] = (postings.start[id] as number) + count
  const next = postings.start.slice(0, df.length)
  const vectors: Packed = {
    start: new Int32Array(n + 1),
    items: new Int32Array(total),
    weights: new Float64Array(total),
  }
  const ids = documents.map((document) => document.id)
  const docOf = new Map(ids.map((id, doc) => [id, doc]))
  const weights: number[] = []
  for (const [doc, { order, counts }] of documents.entries()) {
    weights.length = 0
    let norm = 0
    for (let k = 0; k < order.length; k++) {
      const term = order[k] as number
      const weight = (1 + Math.log((counts[k] as number) + 1)) * (idfs[term] as number)
      weights.push(weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (let k = 0; k < order.length; k++) {
      const term = order[k] as number
      const weight = (weights[k] as number) / norm
      const at = next[term] as number
      next[term] = at + 1
      postings.items[at] = doc
      postings.weights[at] = weight
      scratch[term] = weight
    }
    const from = vectors.start[doc] as number
    const to = from + order.length
    vectors.start[doc + 1] = to
    vectors.items.set(order, from)
    vectors.items.subarray(from, to).sort()
    for (let k = from; k < to; k++) {
      const term = vectors.items[k] as number
      vectors.weights[k] = scratch[term] as number
      scratch[term] = 0
    }
  }
  // Scratch for one search at a time, cleared where it was written before the search returns.
  const scores = new Float64Array(ids.length)
  const touched = new Uint8Array(ids.length)
  /** Ranked as the results are: higher score first, then by id. */
  const before = (a: number, b: number): boolean =>
    (scores[a] as number) > (scores[b] as number) ||
    (scores[a] === scores[b] && (ids[a] as string) < (ids[b] as string))
  const query = (text: string): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const term of terms(text))
      if (termIds.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1)
    const vector = new Map<string, number>()
    let norm = 0
    for (const [term, count] of counts) {
      const weight = (1 + Math.log(count)) * idf(term)
      vector.set(term, weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (const [term, weight] of vector) vector.set(term, weight / norm)
    return vector
  }
  const index: CatalogIndex = {
    search(text, limit) {
      const q = query(text)
      const docs: number[] = []
      for (const [term, weight] of q) {
        const id = termIds.get(term)
        if (id === undefined) continue
        for (let k = postings.start[id] as number; k < (postings.start[id + 1] as number); k++) {
          const doc = postings.items[k] as number
          if (touched[doc] === 0) {
            touched[doc] = 1
            docs.push(doc)
          }
          scores[doc] = (scores[doc] as number) + weight * (postings.weights[k] as number)
        }
      }
      // The best `limit`, kept in order as they come: no sort of every document touched.
      const best: number[] = []
      for (const doc of docs) {
        if (best.length === limit && !before(doc, best[limit - 1] as number)) continue
        let at = best.length
        while (at > 0 && before(doc, best[at - 1] as number)) at--
        best.splice(at, 0, doc)
        if (best.length > limit) best.pop()
      }
      const matches = best.map((doc): TextMatch => {
        const id = ids[doc] as string
        const shared = [...q.keys()].filter(
          (term) => weightOf(vectors, doc, termIds.get(term) ?? -1) > 0,
        )
        return { id, score: scores[doc] as number, shared }
      })
      for (const doc of docs) {
        scores[doc] = 0
        touched[doc] = 0
      }
      return matches
    },
    vector: query,
    similarity(q, id) {
      const doc = docOf.get(id)
      if (doc === undefined) return 0
      let sum = 0
      for (const [term, weight] of q)
        sum += weight * weightOf(vectors, doc, termIds.get(term) ?? -1)
      return sum
    },
  }
  cache.set(catalog, index)
  return index
}
