import { CONTROL_KINDS, OWNERS } from '../model/control.ts'
import type { ControlKind, Owner } from '../model/control.ts'
import type { Graph } from '../model/graph.ts'
import type { ChecklistScope } from './checklist.ts'

export type ScopeParameter = 'service' | 'program' | 'owner' | 'topic' | 'kind' | 'general'

/**
 * Scope as it arrives from a query string or the CLI: each value a string, a list of strings, or
 * comma-separated strings. Anything else (nested query objects) is reported as invalid.
 */
export type RawScope = Partial<Record<ScopeParameter, unknown>>

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
  { ok: true; scope: ChecklistScope } | { ok: false; errors: InvalidParameter[] }

export const DEFAULT_OWNERS: readonly Owner[] = ['customer', 'shared']

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on'])
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off'])

/**
 * Turns raw parameters into a checklist scope, or lists every invalid parameter with the valid
 * values. Services and programs match their id, name or alias case-insensitively; topics match
 * their id or, within the services in scope, their anchor.
 */
export function validateScope(graph: Graph, raw: RawScope): ScopeResult {
  const errors: InvalidParameter[] = []
  const read = (name: ScopeParameter): string[] => {
    const values = splitValues(raw[name])
    if (values === null) {
      errors.push({ name, reason: 'must be a string or a list of strings', invalid: [], valid: [] })
      return []
    }
    return values
  }

  const serviceIds = graph.services.map((s) => s.id)
  const serviceValues = read('service')
  let services: string[]
  if (serviceValues.length === 0) {
    services = serviceIds.length === 1 ? serviceIds : []
    if (serviceIds.length !== 1) {
      errors.push({
        name: 'service',
        reason:
          serviceIds.length === 0
            ? 'the graph has no services'
            : 'required when the graph has several services',
        invalid: [],
        valid: serviceIds,
      })
    }
  } else {
    const named = graph.services.map((s) => ({ id: s.id, names: [s.id, s.name] }))
    services = resolve(errors, 'service', serviceValues, named)
  }

  const programs = resolve(
    errors,
    'program',
    read('program'),
    graph.programs.map((p) => ({ id: p.id, names: [p.id, p.name, ...p.aliases] })),
  )

  const ownerValues = read('owner')
  const owners =
    ownerValues.length === 0
      ? [...DEFAULT_OWNERS]
      : resolve<Owner>(
          errors,
          'owner',
          ownerValues,
          OWNERS.map((o) => ({ id: o, names: [o] })),
        )
  const kindValues = read('kind')
  const kinds =
    kindValues.length === 0
      ? [...CONTROL_KINDS]
      : resolve<ControlKind>(
          errors,
          'kind',
          kindValues,
          CONTROL_KINDS.map((k) => ({ id: k, names: [k] })),
        )

  // Topics resolve against the services in scope, so an anchor like `data-protection` is enough.
  const scopedTopics =
    services.length > 0 ? graph.topics.filter((t) => services.includes(t.service)) : graph.topics
  const topics = resolve(
    errors,
    'topic',
    read('topic'),
    scopedTopics.map((t) => ({ id: t.id, names: [t.id, t.anchor] })),
  )

  let includeGeneral = true
  if (raw.general !== undefined) {
    const flag = parseFlag(raw.general)
    if (flag === null) {
      const invalid = [String(raw.general)]
      errors.push({
        name: 'general',
        reason: 'must be true or false',
        invalid,
        valid: ['true', 'false'],
      })
    } else includeGeneral = flag
  }

  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, scope: { services, programs, owners, topics, kinds, includeGeneral } }
}

function parseFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  const word = typeof value === 'string' ? value.trim().toLowerCase() : ''
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : null
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

/** A canonical id and every name that selects it. */
interface Candidate<T extends string> {
  id: T
  names: string[]
}

/**
 * Maps each value to the first candidate with a name equal to it, case-insensitively; returns the
 * matched ids in candidate (canonical) order, without duplicates.
 */
function resolve<T extends string>(
  errors: InvalidParameter[],
  name: ScopeParameter,
  values: string[],
  candidates: Candidate<T>[],
): T[] {
  const matched = new Set<T>()
  const invalid: string[] = []
  for (const value of values) {
    const wanted = value.toLowerCase()
    const hit = candidates.find((c) => c.names.some((n) => n.toLowerCase() === wanted))
    if (hit === undefined) invalid.push(value)
    else matched.add(hit.id)
  }
  if (invalid.length > 0) {
    errors.push({ name, reason: `unknown ${name}`, invalid, valid: candidates.map((c) => c.id) })
  }
  return candidates.filter((c) => matched.has(c.id)).map((c) => c.id)
}
