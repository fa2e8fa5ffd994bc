import type { GraphIndex } from '../graph-index.ts'

export interface GraphNode {
  id: string
  type: 'service' | 'topic' | 'section' | 'control' | 'program'
  ref: string
  label: string
  service: string | null
}

export interface GraphEdge {
  source: string
  target: string
  type: 'contains' | 'names' | 'attests' | 'links'
}

export interface GraphView {
  nodes: GraphNode[]
  edges: GraphEdge[]
}

/** Nodes and edges of the selected services (all when `services` is undefined), for visualisation. */
export function graphView(index: GraphIndex, services?: readonly string[]): GraphView {
  const selected = services ? new Set(services) : null
  const keep = (service: string) => !selected || selected.has(service)
  const nodes: GraphNode[] = []
  const edges: GraphEdge[] = []
  const programs = new Set<string>()
  const { graph } = index
  for (const s of graph.services) {
    if (!keep(s.id)) continue
    nodes.push({ id: `service:${s.id}`, type: 'service', ref: s.id, label: s.name, service: s.id })
  }
  for (const t of graph.topics) {
    if (!keep(t.service)) continue
    nodes.push({
      id: `topic:${t.id}`,
      type: 'topic',
      ref: t.id,
      label: t.title,
      service: t.service,
    })
    // Parentless topics hang off their service: the root page, and pages no Topics list reaches.
    if (t.parent === null) {
      edges.push({ source: `service:${t.service}`, target: `topic:${t.id}`, type: 'contains' })
    }
    for (const child of t.children) {
      if (index.topics.has(child)) {
        edges.push({ source: `topic:${t.id}`, target: `topic:${child}`, type: 'contains' })
      }
    }
  }
  for (const s of graph.sections) {
    const service = index.topics.get(s.topic)?.service
    if (service === undefined || !keep(service)) continue
    nodes.push({ id: `section:${s.id}`, type: 'section', ref: s.id, label: s.title, service })
    const parent = s.parent === null ? `topic:${s.topic}` : `section:${s.parent}`
    edges.push({ source: parent, target: `section:${s.id}`, type: 'contains' })
  }
  for (const c of graph.controls) {
    if (!keep(c.service)) continue
    nodes.push({
      id: `control:${c.id}`,
      type: 'control',
      ref: c.id,
      label: c.statement,
      service: c.service,
    })
    const parent = c.section === null ? `topic:${c.topic}` : `section:${c.section}`
    edges.push({ source: parent, target: `control:${c.id}`, type: 'contains' })
    for (const p of c.programs) {
      programs.add(p)
      edges.push({ source: `control:${c.id}`, target: `program:${p}`, type: 'names' })
    }
  }
  for (const a of graph.attestations) {
    if (!keep(a.service)) continue
    programs.add(a.program)
    edges.push({ source: `service:${a.service}`, target: `program:${a.program}`, type: 'attests' })
  }
  for (const l of graph.links) {
    if (
      l.target === null ||
      !index.topics.has(l.from) ||
      !keep(index.topics.get(l.from)?.service ?? '')
    )
      continue
    const type = index.topics.has(l.target)
      ? 'topic'
      : index.sections.has(l.target)
        ? 'section'
        : null
    if (type === null) continue
    edges.push({ source: `topic:${l.from}`, target: `${type}:${l.target}`, type: 'links' })
  }
  for (const p of graph.programs) {
    if (programs.has(p.id)) {
      nodes.push({
        id: `program:${p.id}`,
        type: 'program',
        ref: p.id,
        label: p.name,
        service: null,
      })
    }
  }
  // Edges may only join nodes that are present (a link can point into an unselected service).
  // Duplicates (several attestations of one program) collapse to one edge.
  const present = new Set(nodes.map((n) => n.id))
  const seen = new Set<string>()
  const kept = edges.filter((e) => {
    const key = `${e.source}\0${e.target}\0${e.type}`
    if (seen.has(key) || !present.has(e.source) || !present.has(e.target)) return false
    seen.add(key)
    return true
  })
  return { nodes, edges: kept }
}
