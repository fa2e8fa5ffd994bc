import type { Graph } from '../../model/graph.ts'
import { compareRequirementIds } from '../../model/compare-requirement-ids.ts'
import { groupByRequirement } from '../../model/group-by-requirement.ts'
import { SCHEMA_VERSION } from '../../model/graph.ts'
import { ORIGINATIONS } from './responsibility-matrix.ts'
import type {
  MatrixRow,
  MatrixStatement,
  Origination,
  ResponsibilityMatrix,
} from './responsibility-matrix.ts'
import { originationOf } from './origination-rules.ts'

export interface MatrixScope {
  /** The baseline program id, e.g. `fedramp-moderate`. */
  baseline: string
  /** Service ids (at least one). */
  services: string[]
  /** Topic ids whose statements count (each with its sub-topics); empty = every topic. */
  topics: string[]
}

/**
 * The customer responsibility matrix of a baseline for services: one row per requirement of the
 * baseline, in natural control order (AC-2 before AC-17), with the statements mapped to it split by owner and the
 * origination they add up to; requirements no statement maps to are marked `not-addressed`.
 */
export function createResponsibilityMatrix(
  graph: Graph,
  scope: MatrixScope,
  options: { generatedAt?: string } = {},
): ResponsibilityMatrix {
  const baseline = graph.programs.find((p) => p.id === scope.baseline)
  if (!baseline) throw new Error(`unknown baseline ${scope.baseline}`)
  const topics = withSubtopics(graph, scope.topics)
  const controls = graph.controls.filter(
    (c) => scope.services.includes(c.service) && (!topics || topics.has(c.topic)),
  )
  const byRequirement = groupByRequirement(controls, (control, m): MatrixStatement => ({
    control: control.id,
    service: control.service,
    statement: control.statement,
    kind: control.kind,
    owner: control.owner,
    relation: m.relation,
    confidence: m.confidence,
    source: control.source,
  }))
  const rows: MatrixRow[] = []
  const byOrigination = Object.fromEntries(ORIGINATIONS.map((o) => [o, 0])) as Record<
    Origination,
    number
  >
  const inBaseline = graph.requirements
    .filter((r) => r.baselines.includes(scope.baseline))
    .sort((a, b) => compareRequirementIds(a.id, b.id))
  for (const r of inBaseline) {
    const statements = byRequirement.get(r.id) ?? []
    const facts = {
      provider: statements.filter((s) => s.owner === 'provider'),
      customer: statements.filter((s) => s.owner === 'customer'),
      shared: statements.filter((s) => s.owner === 'shared'),
    }
    const rule = originationOf(facts)
    byOrigination[rule.origination] += 1
    rows.push({
      requirement: {
        id: r.id,
        controlId: r.controlId,
        label: r.label,
        title: r.title,
        family: r.family,
      },
      origination: rule.origination,
      reason: rule.explain,
      ...facts,
    })
  }
  const services = graph.services
    .filter((s) => scope.services.includes(s.id))
    .map((s) => ({ id: s.id, name: s.name, provider: s.provider }))
  const catalog = graph.requirements.find((r) => r.baselines.includes(scope.baseline))?.catalog
  return {
    header: {
      title: `${services.map((s) => s.name).join(', ')}: ${baseline.name} customer responsibility matrix`,
      baseline: { id: baseline.id, name: baseline.name },
      catalog: catalog ?? '',
      services,
      topics: scope.topics,
      graph: { contentHash: graph.contentHash, schemaVersion: SCHEMA_VERSION },
      generatedAt: options.generatedAt ?? new Date().toISOString(),
    },
    rows,
    totals: {
      requirements: rows.length,
      addressed: rows.length - byOrigination['not-addressed'],
      byOrigination,
    },
  }
}

/** The topics and every topic below them, or null for "every topic". */
function withSubtopics(graph: Graph, topics: readonly string[]): Set<string> | null {
  if (topics.length === 0) return null
  const selected = new Set(topics)
  let grew = true
  while (grew) {
    grew = false
    for (const t of graph.topics) {
      if (t.parent !== null && selected.has(t.parent) && !selected.has(t.id)) {
        selected.add(t.id)
        grew = true
      }
    }
  }
  return selected
}
