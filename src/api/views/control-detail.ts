import type { Attestation } from '../../model/attestation.ts'
import type { Control } from '../../model/control.ts'
import type { Link } from '../../model/link.ts'
import type { GraphIndex } from '../graph-index.ts'
import type { ControlExplanation, explainControl } from '../../compile/index.ts'
import type { ControlRef, TitleRef } from './refs.ts'
import { controlRef, titleRef } from './refs.ts'

const MAX_SAME_SECTION = 50
const MAX_SAME_PROGRAMS = 20

export interface ControlDetail extends Omit<Control, 'references'> {
  references: Link[]
  context: { service: { id: string; name: string }; topic: TitleRef; section: TitleRef | null }
  attestations: Attestation[]
  related: { sameSection: ControlRef[]; samePrograms: ControlRef[] }
  explanation: ControlExplanation
}

/** Controls elsewhere sharing the most programs with this one (ties in document order). */
function samePrograms(index: GraphIndex, control: Control, exclude: Set<string>): ControlRef[] {
  const shared = new Map<string, number>()
  for (const program of control.programs) {
    for (const other of index.controlsByProgram.get(program) ?? []) {
      if (!exclude.has(other.id)) shared.set(other.id, (shared.get(other.id) ?? 0) + 1)
    }
  }
  // The best MAX_SAME_PROGRAMS by (shared desc, document order asc), kept in a short sorted list:
  // sorting every candidate costs too much when a program is named by most of a large graph.
  const order = index.controlOrder
  const best: { id: string; count: number; at: number }[] = []
  const ahead = (a: (typeof best)[number], b: (typeof best)[number]) =>
    a.count > b.count || (a.count === b.count && a.at < b.at)
  for (const [id, count] of shared) {
    const entry = { id, count, at: order.get(id) ?? 0 }
    const last = best[best.length - 1]
    if (best.length === MAX_SAME_PROGRAMS && last && !ahead(entry, last)) continue
    let i = best.length
    while (i > 0 && ahead(entry, best[i - 1] as (typeof best)[number])) i--
    best.splice(i, 0, entry)
    if (best.length > MAX_SAME_PROGRAMS) best.pop()
  }
  return best.map(({ id }) => controlRef(index.controls.get(id) as Control))
}

/** `explain` is the compiler's `explainControl`, which the route loads on first use. */
export function controlDetail(
  index: GraphIndex,
  control: Control,
  explain: typeof explainControl,
): ControlDetail {
  const service = index.services.get(control.service)
  const topic = index.topics.get(control.topic)
  const section = control.section === null ? undefined : index.sections.get(control.section)
  const siblings = (index.controlsBySection.get(control.section ?? control.topic) ?? []).filter(
    (c) => c.id !== control.id && c.topic === control.topic,
  )
  const sameSection = siblings.slice(0, MAX_SAME_SECTION).map(controlRef)
  const exclude = new Set([control.id, ...siblings.map((c) => c.id)])
  return {
    ...control,
    references: control.references
      .map((id) => index.links.get(id))
      .filter((l): l is Link => l !== undefined),
    context: {
      service: { id: control.service, name: service?.name ?? control.service },
      topic: topic ? titleRef(topic) : { id: control.topic, title: control.topic },
      section: section ? titleRef(section) : null,
    },
    attestations: index.attestationsByControl.get(control.id) ?? [],
    related: { sameSection, samePrograms: samePrograms(index, control, exclude) },
    explanation: explain(control, {
      serviceName: service?.name ?? control.service,
      programs: [...index.programs.values()],
    }),
  }
}
