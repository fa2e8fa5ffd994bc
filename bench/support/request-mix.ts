import type { Graph } from '../../src/model/graph.ts'

/** One request of the benchmark mix: what a portal typically asks, labelled for the breakdown. */
export interface MixEntry {
  kind: 'list' | 'search' | 'get' | 'facets' | 'checklist'
  path: string
}

/**
 * The request mix, drawn from the graph so every path answers 200: filtered lists, searches
 * (with and without filters, and across node types), controls by id spread over the document,
 * and facet counts. Checklists join when the API serves them (see `checklistPath`).
 */
export function createRequestMix(graph: Graph): MixEntry[] {
  const controls = graph.controls
  const pick = (fraction: number) => controls[Math.floor(fraction * (controls.length - 1))]
  const ids = [pick(0.1), pick(0.5), pick(0.9)].flatMap((c) => (c ? [c.id] : []))
  const program = mostUsedProgram(graph)
  return [
    { kind: 'list', path: '/v1/controls?owner=customer&kind=recommendation' },
    { kind: 'list', path: '/v1/controls?owner=provider&kind=guarantee,capability&limit=50' },
    { kind: 'search', path: '/v1/controls?q=encryption' },
    { kind: 'search', path: '/v1/controls?q=backup%20cluster&owner=customer' },
    { kind: 'search', path: '/v1/search?q=certificate' },
    ...ids.map((id) => ({ kind: 'get' as const, path: `/v1/controls/${encodeURIComponent(id)}` })),
    { kind: 'facets', path: `/v1/controls?facets=true&program=${program}` },
    { kind: 'facets', path: '/v1/controls?facets=true&owner=customer' },
  ]
}

/**
 * Checklist request tried against the server; it joins the mix only when it answers 200. It asks
 * for what names the program (`general=false`): with every page of the guide built, the default
 * scope also holds every program-neutral duty of the whole guide (about 1.9 MB), a download a
 * portal makes once, not a request it repeats.
 */
export function checklistPath(graph: Graph): string {
  const service = graph.services[0]?.id ?? 'cloudhsm'
  return `/v1/checklists?service=${service}&program=${mostUsedProgram(graph)}&general=false`
}

/** The program most controls cite (fips-140-2 on the CloudHSM guide), for realistic filters. */
function mostUsedProgram(graph: Graph): string {
  const counts = new Map<string, number>()
  for (const control of graph.controls)
    for (const program of control.programs) counts.set(program, (counts.get(program) ?? 0) + 1)
  let best = 'fips-140-2'
  let bestCount = 0
  for (const [program, count] of counts) {
    if (count > bestCount) [best, bestCount] = [program, count]
  }
  return best
}
