import type { Change, ChangeNode, ChangeSummary, GraphDiff } from './change.ts'
import { CHANGE_NODES } from './change.ts'

/** The changes of one service, by node kind in `CHANGE_NODES` order; kinds without changes left out. */
export interface ServiceChanges {
  service: string
  nodes: { node: ChangeNode; changes: Change[] }[]
}

/** Changes grouped the way every report shows them: by service (first seen first), then node kind. */
export function groupChanges(diff: GraphDiff): ServiceChanges[] {
  const services = [...new Set(diff.changes.map((c) => c.service))]
  return services.map((service) => ({
    service,
    nodes: CHANGE_NODES.map((node) => ({
      node,
      changes: diff.changes.filter((c) => c.service === service && c.node === node),
    })).filter((group) => group.changes.length > 0),
  }))
}

/** `3 changes` and `1 added, 1 removed, 1 modified, 0 moved`, for a report's summary line. */
export function summaryParts(summary: ChangeSummary): { total: string; breakdown: string } {
  return {
    total: `${summary.total} change${summary.total === 1 ? '' : 's'}`,
    breakdown:
      `${summary.added} added, ${summary.removed} removed, ` +
      `${summary.modified} modified, ${summary.moved} moved`,
  }
}
