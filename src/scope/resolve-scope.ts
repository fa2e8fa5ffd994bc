import type { ControlKind, Origin, Owner } from '../model/control.ts'
import type { Graph } from '../model/graph.ts'
import { NAMING_RULES, normalizeName } from './scope-parameters.ts'
import type { Candidate, NamingRule, ScopeParameter } from './scope-parameters.ts'

/**
 * Scope as it arrives from a query string or the CLI: each value a string, a list of strings, or
 * comma-separated strings (`general` also a boolean). Anything else is reported as invalid.
 */
export type RawScope = Partial<Record<ScopeParameter, unknown>>

/** Canonical values of the parameters that were given; a parameter left out stays undefined. */
export interface ResolvedScope {
  service?: string[]
  topic?: string[]
  owner?: Owner[]
  kind?: ControlKind[]
  origin?: Origin[]
  program?: string[]
  /** Requirement ids as named (an enhancement query includes nothing broader; see `requirementFamily`). */
  requirement?: string[]
  /** Baseline program ids. */
  baseline?: string[]
  /** Requirement catalog ids, e.g. `nist-800-53-r5`. */
  catalog?: string[]
  /** Requirement family ids, e.g. `sc`. */
  family?: string[]
  general?: boolean
}

/** One rejected parameter, with what would have been accepted (RFC 9457 `invalid-params` style). */
export interface InvalidParameter {
  name: ScopeParameter
  reason: string
  /** The values that were not recognised. */
  invalid: string[]
  /** Canonical values that are accepted. */
  valid: string[]
}

export type ScopeResult =
  { ok: true; scope: ResolvedScope } | { ok: false; errors: InvalidParameter[] }

const FLAG_WORDS: Readonly<Record<string, boolean>> = { true: true, false: false }

/** A rule's candidates with a lookup by normalized spelling, built once per graph. */
interface Vocabulary {
  candidates: Candidate[]
  byName: Map<string, Candidate[]>
}

const vocabularies = new WeakMap<Graph, Map<NamingRule, Vocabulary>>()

function vocabularyOf(graph: Graph, rule: NamingRule): Vocabulary {
  let byRule = vocabularies.get(graph)
  if (byRule === undefined) {
    byRule = new Map()
    vocabularies.set(graph, byRule)
  }
  let vocabulary = byRule.get(rule)
  if (vocabulary === undefined) {
    const candidates = rule.candidates(graph)
    const byName = new Map<string, Candidate[]>()
    for (const candidate of candidates) {
      for (const name of new Set(candidate.names.map(normalizeName))) {
        const list = byName.get(name)
        if (list) list.push(candidate)
        else byName.set(name, [candidate])
      }
    }
    vocabulary = { candidates, byName }
    byRule.set(rule, vocabulary)
  }
  return vocabulary
}

/**
 * The one place scope values are matched: ids, names and aliases case-insensitively, topics by id
 * or, within the services in scope, by page anchor. Returns canonical ids in canonical order, or
 * every invalid parameter at once with the values that would be accepted.
 */
export function resolveScope(graph: Graph, raw: RawScope): ScopeResult {
  const errors: InvalidParameter[] = []
  const scope: ResolvedScope = {}
  for (const rule of NAMING_RULES) {
    const values = splitValues(raw[rule.name])
    if (values === null) {
      errors.push({
        name: rule.name,
        reason: 'must be a string or a list of strings',
        invalid: [],
        valid: [],
      })
      continue
    }
    if (values.length === 0) continue
    const ids = match(errors, rule, values, vocabularyOf(graph, rule), scope.service)
    Object.assign(scope, { [rule.name]: ids })
  }
  if (raw.general !== undefined) {
    const flag = parseFlag(raw.general)
    if (flag === null) {
      errors.push({
        name: 'general',
        reason: 'must be true or false',
        invalid: [String(raw.general)],
        valid: Object.keys(FLAG_WORDS),
      })
    } else scope.general = flag
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scope }
}

function parseFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return null
  return FLAG_WORDS[normalizeName(value)] ?? null
}

/** Splits strings and lists of strings on commas; null when the value has another shape. */
function splitValues(value: unknown): string[] | null {
  if (value === undefined || value === null) return []
  const parts = Array.isArray(value) ? value : [value]
  if (!parts.every((p): p is string => typeof p === 'string')) return null
  return parts
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/**
 * Maps each value to every candidate spelled that way (an anchor may name a topic in each
 * service in scope); returns the ids in candidate order, without duplicates.
 */
function match(
  errors: InvalidParameter[],
  rule: NamingRule,
  values: string[],
  vocabulary: Vocabulary,
  services: readonly string[] | undefined,
): string[] {
  const inScope = (c: Candidate) =>
    c.service === undefined || !services || services.includes(c.service)
  const matched = new Set<string>()
  const invalid: string[] = []
  for (const value of values) {
    const hits = (vocabulary.byName.get(normalizeName(value)) ?? []).filter(inScope)
    if (hits.length === 0) invalid.push(value)
    for (const hit of hits) matched.add(hit.id)
  }
  if (invalid.length > 0) {
    errors.push({
      name: rule.name,
      reason: `unknown ${rule.noun}`,
      invalid,
      valid: vocabulary.candidates.filter(inScope).map((c) => c.id),
    })
  }
  return vocabulary.candidates.filter((c) => matched.has(c.id)).map((c) => c.id)
}
