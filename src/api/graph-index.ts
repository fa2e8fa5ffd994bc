import type { Attestation } from '../model/attestation.ts'
import type { Control } from '../model/control.ts'
import type { Graph } from '../model/graph.ts'
import type { Link } from '../model/link.ts'
import type { Program } from '../model/program.ts'
import type { Section } from '../model/section.ts'
import type { Service } from '../model/service.ts'
import type { Topic } from '../model/topic.ts'

/** Lookups over an immutable graph, built once so handlers never scan arrays per request. */
export interface GraphIndex {
  graph: Graph
  services: Map<string, Service>
  topics: Map<string, Topic>
  sections: Map<string, Section>
  controls: Map<string, Control>
  programs: Map<string, Program>
  links: Map<string, Link>
  /** Position of each control in document order. */
  controlOrder: Map<string, number>
  topicsByService: Map<string, Topic[]>
  sectionsByService: Map<string, Section[]>
  sectionsByTopic: Map<string, Section[]>
  controlsByService: Map<string, Control[]>
  controlsByTopic: Map<string, Control[]>
  /** Controls by section id; controls without a section are keyed by their topic id. */
  controlsBySection: Map<string, Control[]>
  controlsByProgram: Map<string, Control[]>
  linksByTopic: Map<string, Link[]>
  attestationsByService: Map<string, Attestation[]>
  attestationsByProgram: Map<string, Attestation[]>
  attestationsByControl: Map<string, Attestation[]>
}

function group<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of keys(item)) {
      const list = groups.get(key)
      if (list) list.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

export function createGraphIndex(graph: Graph): GraphIndex {
  const topics = byId(graph.topics)
  return {
    graph,
    services: byId(graph.services),
    topics,
    sections: byId(graph.sections),
    controls: byId(graph.controls),
    programs: byId(graph.programs),
    links: byId(graph.links),
    controlOrder: new Map(graph.controls.map((c, i) => [c.id, i])),
    topicsByService: group(graph.topics, (t) => [t.service]),
    sectionsByService: group(graph.sections, (s) => {
      const service = topics.get(s.topic)?.service
      return service === undefined ? [] : [service]
    }),
    sectionsByTopic: group(graph.sections, (s) => [s.topic]),
    controlsByService: group(graph.controls, (c) => [c.service]),
    controlsByTopic: group(graph.controls, (c) => [c.topic]),
    controlsBySection: group(graph.controls, (c) => [c.section ?? c.topic]),
    controlsByProgram: group(graph.controls, (c) => c.programs),
    linksByTopic: group(graph.links, (l) => [l.from]),
    attestationsByService: group(graph.attestations, (a) => [a.service]),
    attestationsByProgram: group(graph.attestations, (a) => [a.program]),
    attestationsByControl: group(graph.attestations, (a) => [a.control]),
  }
}
