import type { Owner } from '../../model/control.ts'
import { OWNERS } from '../../model/control.ts'
import type { GraphIndex } from '../graph-index.ts'
import type { TitleRef } from './refs.ts'
import { titleRef } from './refs.ts'

type OwnerTotals = Record<Owner, number> & { total: number }

export interface ResponsibilityRow {
  service: string
  topic: TitleRef
  counts: OwnerTotals
  controls: Record<Owner, string[]>
}

export interface ResponsibilityMatrix {
  owners: Owner[]
  rows: ResponsibilityRow[]
  totals: OwnerTotals
}

/** Service × topic × owner: one row per topic holding selected controls, in document order. */
export function responsibilityMatrix(
  index: GraphIndex,
  filter: { services?: readonly string[]; owners?: readonly Owner[] },
): ResponsibilityMatrix {
  const owners = OWNERS.filter((o) => !filter.owners || filter.owners.includes(o))
  const services = filter.services ? new Set(filter.services) : null
  const totals: OwnerTotals = { provider: 0, customer: 0, shared: 0, total: 0 }
  const rows: ResponsibilityRow[] = []
  for (const topic of index.graph.topics) {
    if (services && !services.has(topic.service)) continue
    const row: ResponsibilityRow = {
      service: topic.service,
      topic: titleRef(topic),
      counts: { provider: 0, customer: 0, shared: 0, total: 0 },
      controls: { provider: [], customer: [], shared: [] },
    }
    for (const control of index.controlsByTopic.get(topic.id) ?? []) {
      if (!owners.includes(control.owner)) continue
      row.controls[control.owner].push(control.id)
      row.counts[control.owner]++
      row.counts.total++
      totals[control.owner]++
      totals.total++
    }
    if (row.counts.total > 0) rows.push(row)
  }
  return { owners, rows, totals }
}
