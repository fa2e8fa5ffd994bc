/// <reference lib="dom" />
import type { Owner } from '../../model/control.ts'
import { h } from './h.ts'
import { OWNER_LABELS } from './labels.ts'
import type { MatrixRow } from './load-matrix.ts'

export interface MatrixView {
  rows: MatrixRow[]
  owners: readonly Owner[]
  topicTitle(topic: string): string
  /** Service heading of a topic's group; groups only appear when rows span several services. */
  serviceOf(topic: string): { id: string; name: string }
  selected?: { topic: string; owner: string } | null
  onCell(topic: string, owner: Owner): void
}

const HEAT_LEVELS = 5

/** The shared-responsibility matrix as a table whose count cells are buttons, coloured by owner. */
export function renderMatrix(view: MatrixView): HTMLTableElement {
  const max = Math.max(1, ...view.rows.flatMap((r) => view.owners.map((o) => r.counts[o])))
  const multiService = new Set(view.rows.map((r) => view.serviceOf(r.topic).id)).size > 1
  const columns = view.owners.length + 2
  const body = h('tbody')
  let service = ''
  const totals: Record<Owner, number> = { provider: 0, customer: 0, shared: 0 }
  for (const row of view.rows) {
    const rowService = view.serviceOf(row.topic)
    if (multiService && rowService.id !== service) {
      service = rowService.id
      body.append(
        h(
          'tr',
          { className: 'matrix-group' },
          h('th', { attrs: { colspan: String(columns), scope: 'colgroup' } }, rowService.name),
        ),
      )
    }
    const title = view.topicTitle(row.topic)
    const cells = view.owners.map((owner) => {
      const count = row.counts[owner]
      totals[owner] += count
      if (count === 0) return h('td', { className: `cell cell-empty owner-${owner}` }, '0')
      const level = Math.max(1, Math.ceil((count / max) * HEAT_LEVELS))
      const selected = view.selected?.topic === row.topic && view.selected.owner === owner
      return h(
        'td',
        { className: `cell owner-${owner} heat-${level}` },
        h(
          'button',
          {
            className: 'cell-button',
            attrs: {
              type: 'button',
              'aria-label': `${count} ${OWNER_LABELS[owner].toLowerCase()} controls in ${title}: show them`,
              'aria-pressed': selected ? 'true' : 'false',
              'data-topic': row.topic,
              'data-owner': owner,
            },
            on: { click: () => view.onCell(row.topic, owner) },
          },
          String(count),
        ),
      )
    })
    body.append(
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'row' } }, title),
        ...cells,
        h('td', { className: 'cell-total' }, String(row.total)),
      ),
    )
  }
  const grand = view.owners.reduce((sum, o) => sum + totals[o], 0)
  return h(
    'table',
    { className: 'matrix' },
    h('caption', null, 'Controls per topic and owner'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col' } }, 'Topic'),
        ...view.owners.map((o) =>
          h('th', { className: `owner-${o}`, attrs: { scope: 'col' } }, OWNER_LABELS[o]),
        ),
        h('th', { attrs: { scope: 'col' } }, 'Total'),
      ),
    ),
    body,
    h(
      'tfoot',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'row' } }, 'All topics'),
        ...view.owners.map((o) => h('td', null, String(totals[o]))),
        h('td', null, String(grand)),
      ),
    ),
  )
}
