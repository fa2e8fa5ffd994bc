import { CONTROL_KINDS, OWNERS } from '../model/control.ts'
import type { Attestation } from '../model/attestation.ts'
import type { Control, ControlKind, Owner } from '../model/control.ts'
import type { Graph } from '../model/graph.ts'
import type {
  ActionGroup,
  ActionItem,
  Checklist,
  ChecklistScope,
  ChecklistTotals,
  InheritedItem,
} from './checklist.ts'
import { createSourceLinker } from './create-source-linker.ts'
import { collectEvidence, createLinkIndex } from './collect-evidence.ts'

export interface ChecklistOptions {
  /** Generation time written in the header (default: now). */
  generatedAt?: Date | string
}

/**
 * Builds the checklist of a validated scope (see `validateScope`). Inherited items are the
 * provider's attestations and provider-owned guarantees; actions are the controls of the scoped
 * owners and kinds. Both are in document order, so the result depends only on graph and scope.
 *
 * Program scope: an item is kept when it names one of the programs, or when it names none and
 * `includeGeneral` is set (flagged `general`); items naming only other programs are left out.
 */
export function createChecklist(
  graph: Graph,
  scope: ChecklistScope,
  options: ChecklistOptions = {},
): Checklist {
  const inTopics = createTopicFilter(graph, scope.topics)
  const inPrograms = (programs: string[]): boolean =>
    scope.programs.length === 0 ||
    (programs.length === 0
      ? scope.includeGeneral
      : programs.some((p) => scope.programs.includes(p)))

  const attestationsByControl = new Map<string, Attestation[]>()
  for (const attestation of graph.attestations) {
    if (!scope.services.includes(attestation.service)) continue
    if (!inPrograms([attestation.program])) continue
    const list = attestationsByControl.get(attestation.control) ?? []
    list.push(attestation)
    attestationsByControl.set(attestation.control, list)
  }

  const links = createLinkIndex(graph.links)
  const linkOf = createSourceLinker(graph)
  const programsById = new Map(graph.programs.map((p) => [p.id, p]))
  const inherited: InheritedItem[] = []
  const actionsByTopic = new Map<string, ActionItem[]>()

  for (const control of graph.controls) {
    if (!scope.services.includes(control.service) || !inTopics(control.topic)) continue
    const attestations = attestationsByControl.get(control.id) ?? []
    for (const attestation of attestations) {
      const program = programsById.get(attestation.program) ?? null
      inherited.push({
        ...inheritedBase(control),
        id: attestation.id,
        type: 'attestation',
        programs: [attestation.program],
        general: false,
        claim: {
          program: attestation.program,
          programName: program?.name ?? attestation.program,
          level: attestation.level,
          certificate: attestation.certificate,
          since: attestation.since,
        },
        evidence: collectEvidence(control, attestation, program, links),
        source: attestation.source,
        url: linkOf(control.service, attestation.source, control.section),
      })
    }
    if (attestations.length > 0) continue
    if (control.owner === 'provider' && control.kind === 'guarantee') {
      if (inPrograms(control.programs)) {
        inherited.push({
          ...inheritedBase(control),
          id: control.id,
          type: 'guarantee',
          programs: control.programs,
          general: control.programs.length === 0,
          claim: null,
          evidence: collectEvidence(control, null, null, links),
          source: control.source,
          url: linkOf(control.service, control.source, control.section),
        })
      }
      continue
    }
    if (!scope.owners.includes(control.owner) || !scope.kinds.includes(control.kind)) continue
    if (!inPrograms(control.programs)) continue
    const items = actionsByTopic.get(control.topic) ?? []
    items.push(actionItem(control, linkOf(control.service, control.source, control.section)))
    actionsByTopic.set(control.topic, items)
  }

  const actions: ActionGroup[] = []
  for (const topic of graph.topics) {
    const items = actionsByTopic.get(topic.id)
    if (items) actions.push({ topic: topic.id, title: topic.title, service: topic.service, items })
  }

  const services = graph.services
    .filter((s) => scope.services.includes(s.id))
    .map((s) => ({ id: s.id, name: s.name, provider: s.provider }))
  const programs = graph.programs
    .filter((p) => scope.programs.includes(p.id))
    .map((p) => ({ id: p.id, name: p.name }))
  const subject = programs.length > 0 ? programs.map((p) => p.name).join(', ') : 'security'
  const generatedAt = options.generatedAt ?? new Date()

  return {
    header: {
      title: `${services.map((s) => s.name).join(', ')}: ${subject} checklist`,
      scope,
      services,
      programs,
      graph: { contentHash: graph.contentHash, schemaVersion: graph.schemaVersion },
      generatedAt: new Date(generatedAt).toISOString(),
    },
    inherited,
    actions,
    totals: countTotals(inherited, actions),
  }
}

function inheritedBase(control: Control) {
  return {
    service: control.service,
    topic: control.topic,
    control: control.id,
    statement: control.statement,
    kind: control.kind,
    owner: control.owner,
    status: 'todo' as const,
  }
}

function actionItem(control: Control, url: string | null): ActionItem {
  return {
    id: control.id,
    service: control.service,
    topic: control.topic,
    section: control.section,
    statement: control.statement,
    kind: control.kind,
    owner: control.owner,
    programs: control.programs,
    general: control.programs.length === 0,
    origin: control.origin,
    confidence: control.confidence,
    source: control.source,
    url,
    status: 'todo',
  }
}

/** A topic is in scope when it, or one of its ancestors, was asked for. */
function createTopicFilter(graph: Graph, topics: string[]): (id: string) => boolean {
  if (topics.length === 0) return () => true
  const parents = new Map(graph.topics.map((t) => [t.id, t.parent]))
  const wanted = new Set(topics)
  return (id) => {
    const seen = new Set<string>()
    for (let at: string | null = id; at !== null && !seen.has(at); at = parents.get(at) ?? null) {
      if (wanted.has(at)) return true
      seen.add(at)
    }
    return false
  }
}

function countTotals(inherited: InheritedItem[], actions: ActionGroup[]): ChecklistTotals {
  const byOwner = Object.fromEntries(OWNERS.map((o) => [o, 0])) as Record<Owner, number>
  const byKind = Object.fromEntries(CONTROL_KINDS.map((k) => [k, 0])) as Record<ControlKind, number>
  let count = 0
  for (const item of actions.flatMap((g) => g.items)) {
    byOwner[item.owner] += 1
    byKind[item.kind] += 1
    count += 1
  }
  return { inherited: inherited.length, actions: count, byOwner, byKind }
}
