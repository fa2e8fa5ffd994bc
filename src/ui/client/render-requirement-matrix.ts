/// <reference lib="dom" />
import type { Owner } from '../../model/control.ts'
import type { MatrixStatement, RequirementRow, ResponsibilityMatrix } from './api-types.ts'
import { h } from './h.ts'
import { OWNER_LABELS } from './labels.ts'

export interface RequirementMatrixView {
  matrix: ResponsibilityMatrix
  /** The rows to draw: the matrix's, or those a requirement filter keeps. */
  rows: readonly RequirementRow[]
  owners: readonly Owner[]
  /** Opens a control; without it the statements are plain text (the web component). */
  onControl?(id: string): void
}

/**
 * The customer responsibility matrix of a baseline: one row per requirement, one column per owner,
 * each cell the statements of the documentation that owner carries for it. A requirement no
 * statement addresses gets one cell across the owner columns that says so.
 */
export function renderRequirementMatrix(view: RequirementMatrixView): HTMLTableElement {
  const { header, totals } = view.matrix
  const shown = view.rows.length === totals.requirements ? '' : `; ${view.rows.length} shown`
  const body = h('tbody')
  for (const row of view.rows) {
    const addressed = view.owners.some((o) => row[o].length > 0)
    body.append(
      h(
        'tr',
        {
          attrs: {
            'data-requirement': row.requirement.label,
            'data-origination': row.origination,
          },
        },
        h(
          'th',
          { attrs: { scope: 'row', title: row.reason } },
          h('span', { className: 'req-label' }, row.requirement.label),
          h('span', { className: 'req-title' }, row.requirement.title),
        ),
        ...(addressed
          ? view.owners.map((owner) =>
              h(
                'td',
                { className: `req-cell owner-${owner}`, attrs: { 'data-owner': owner } },
                row[owner].length === 0
                  ? h('span', { className: 'req-none', attrs: { 'aria-label': 'none' } }, '–')
                  : h('ul', null, ...row[owner].map((s) => statementItem(s, view.onControl))),
              ),
            )
          : [
              h(
                'td',
                {
                  className: 'req-cell not-addressed',
                  attrs: { colspan: String(view.owners.length) },
                },
                'Not addressed by the documentation',
              ),
            ]),
      ),
    )
  }
  return h(
    'table',
    { className: 'matrix requirement-matrix' },
    h(
      'caption',
      null,
      `${header.baseline.name}: ${totals.addressed} of ${totals.requirements} requirements addressed by the documentation${shown}`,
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { attrs: { scope: 'col' } }, 'Requirement'),
        ...view.owners.map((o) =>
          h('th', { className: `owner-${o}`, attrs: { scope: 'col' } }, OWNER_LABELS[o]),
        ),
      ),
    ),
    body,
  )
}

function statementItem(s: MatrixStatement, onControl?: (id: string) => void): HTMLLIElement {
  if (!onControl) return h('li', { attrs: { 'data-id': s.control } }, s.statement)
  return h(
    'li',
    null,
    h(
      'button',
      {
        className: 'statement-button',
        attrs: { type: 'button', 'data-id': s.control },
        on: { click: () => onControl(s.control) },
      },
      s.statement,
    ),
  )
}
