import type { Relation, RequirementMapping } from '../../model/requirement.ts'
import { createMemo } from '../../support/create-memo.ts'
import { createCatalogIndex } from './catalog-index.ts'
import { findNegations } from '../extract/find-negations.ts'
import { normalizeContractions } from '../extract/normalize-contractions.ts'
import { findConcepts } from './find-concepts.ts'
import type { ConceptHit } from './find-concepts.ts'
import { readNegation } from './read-negation.ts'
import type { NegationReading } from './read-negation.ts'
import type { RequirementCatalog } from './requirement-catalog.ts'

/** What the build knows around a statement; `explain` has only the statement. */
export interface StatementContext {
  /** Titles of the headings above it, outermost first. */
  headingPath?: readonly string[]
}

/** Maps statements to catalog requirements. */
export interface RequirementMapper {
  /** Requirements the statement meets or supports, best first (empty when nothing fits). */
  map(statement: string, context?: StatementContext): RequirementMapping[]
  /** The concepts a text names (for explain and tests). */
  concepts(text: string): ConceptHit[]
}

/** How much each further requirement of a concept counts, relative to its first. */
const RANK_DECAY = [1, 0.75, 0.55, 0.4, 0.3, 0.25]
/** A heading names the topic, not the statement's own safeguard: it only nudges the ranking. */
const HEADING_FACTOR = 0.3
/** Catalog-text similarity only breaks ties between concept-backed requirements. */
const SIMILARITY_WEIGHT = 1
/** Requirements scoring below this share of the best one are left out. */
const CUTOFF = 0.3
const MAX_RESULTS = 8
/** Without any concept, catalog-text similarity must reach this to be offered at all. */
const FALLBACK_MIN = 0.12
const FALLBACK_RESULTS = 3

/**
 * A concept whose safeguard the statement denies ("data is not encrypted") still says what the
 * statement is about, but it only supports the requirement, at a fraction of the weight.
 */
const DENIED_FACTOR = 0.3

const RELATION_STRENGTH: Record<Relation, number> = { implements: 2, evidence: 1, supports: 0 }

interface Candidate {
  id: string
  score: number
  relation: Relation
  relationScore: number
  reasons: string[]
}

/**
 * The mapper: concepts named by the statement (THE table, `concepts.ts`) propose requirements,
 * weighted by how specific the concept is and how high it ranks the requirement; the catalog's
 * own text breaks ties between them and, when no concept applies, proposes the closest
 * requirements as low-confidence `supports`.
 */
export function createRequirementMapper(catalog: RequirementCatalog): RequirementMapper {
  const index = createCatalogIndex(catalog)
  const resolve = (controlId: string): string | null => {
    for (const name of catalog.catalogs) {
      const id = `${name}:${controlId}`
      if (catalog.byId.has(id)) return id
    }
    return null
  }

  // Every statement under a heading asks for that heading's concepts: find them once per title.
  const headingConcepts = new Map<string, ConceptHit[]>()
  const conceptsOfHeading = (heading: string): ConceptHit[] => {
    let hits = headingConcepts.get(heading)
    if (hits === undefined) {
      hits = findConcepts(heading)
      if (headingConcepts.size < 10_000) headingConcepts.set(heading, hits)
    }
    return hits
  }

  // A statement repeated under the same heading (a step or note on several pages) maps the same.
  const mapped = createMemo<readonly RequirementMapping[]>(20_000)
  const map = (statement: string, context: StatementContext = {}): RequirementMapping[] => {
    const heading = context.headingPath?.at(-1)
    return mapped(JSON.stringify([heading, statement]), () => mapStatement(statement, heading)).map(
      (mapping) => ({ ...mapping }),
    )
  }

  const mapStatement = (statement: string, heading: string | undefined): RequirementMapping[] => {
    const candidates = new Map<string, Candidate>()
    const add = (
      hit: ConceptHit,
      factor: number,
      where: string,
      negation: NegationReading | null = null,
    ): void => {
      const denied = negation?.polarity === 'denied'
      const note =
        negation === null
          ? ''
          : denied
            ? ` negated by "${negation.cue}": ${negation.because}`
            : ` (protective negation "${negation.cue}": ${negation.because})`
      for (const [rank, target] of hit.concept.requirements.entries()) {
        const id = resolve(target.id)
        if (id === null) continue
        const score =
          hit.concept.weight * factor * (denied ? DENIED_FACTOR : 1) * (RANK_DECAY[rank] ?? 0.2)
        const relation: Relation = denied ? 'supports' : target.relation
        const candidate = candidates.get(id) ?? {
          id,
          score: 0,
          relation,
          relationScore: -1,
          reasons: [],
        }
        candidate.score += score
        // The relation of the strongest contribution; implements beats supports on a tie.
        const strength = score + RELATION_STRENGTH[relation] * 1e-3
        if (strength > candidate.relationScore) {
          candidate.relation = relation
          candidate.relationScore = strength
        }
        candidate.reasons.push(`${hit.concept.name}: "${hit.words}"${where}${note}`)
        candidates.set(id, candidate)
      }
    }
    // One spelling ("doesn't" → "does not") for the concepts and the negation alike.
    const text = normalizeContractions(statement)
    const negations = findNegations(text)
    const own = findConcepts(text)
    for (const hit of own) add(hit, 1, '', readNegation(hit, negations))
    if (heading !== undefined && own.length > 0) {
      const names = new Set(own.map((hit) => hit.concept.name))
      for (const hit of conceptsOfHeading(heading))
        if (!names.has(hit.concept.name)) add(hit, HEADING_FACTOR, ' (heading)')
    }

    if (candidates.size === 0) return fallback(statement)
    const query = index.vector(text)
    for (const candidate of candidates.values())
      candidate.score += SIMILARITY_WEIGHT * index.similarity(query, candidate.id)
    const ranked = [...candidates.values()].sort(
      (a, b) => b.score - a.score || (a.id < b.id ? -1 : 1),
    )
    const best = ranked[0]?.score ?? 0
    return ranked
      .filter((c) => c.score >= best * CUTOFF)
      .slice(0, MAX_RESULTS)
      .map((c) => ({
        requirement: c.id,
        relation: c.relation,
        confidence: confidenceOf(c.score),
        origin: 'inferred' as const,
        rationale: c.reasons.join('; '),
      }))
  }

  const fallback = (statement: string): RequirementMapping[] =>
    index
      .search(statement, FALLBACK_RESULTS)
      .filter((match) => match.score >= FALLBACK_MIN)
      .map((match) => ({
        requirement: match.id,
        relation: 'supports' as const,
        confidence: Math.round(Math.min(0.4, match.score) * 100) / 100,
        origin: 'inferred' as const,
        rationale: `catalog text: shares ${match.shared
          .slice(0, 4)
          .map((w) => `"${w}"`)
          .join(', ')}`,
      }))

  return { map, concepts: findConcepts }
}

/** 0–1 from the summed score: one specific concept ≈ 0.6, two agreeing ≈ 0.85. */
function confidenceOf(score: number): number {
  return Math.round(Math.min(0.95, 1 - Math.exp(-score / 3.2)) * 100) / 100
}
