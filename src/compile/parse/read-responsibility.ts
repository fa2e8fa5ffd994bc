import type { Table, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Owner } from '../../model/control.ts'
import {
  MATRIX_MARK,
  NO_PARTY,
  OWNER_LABEL,
  PARTY_WORDS,
  RESPONSIBILITY_LABEL,
} from './dialect-terms.ts'

const cellText = (cell: TableCell | undefined): string =>
  cell ? toString(cell).replace(/\s+/g, ' ').trim() : ''

/**
 * The owner a responsibility value names ("Customer", "Microsoft", "Shared"); null when it names
 * nobody ("Not applicable"); undefined when it names no party this build knows.
 */
export function partyOf(value: string): Owner | null | undefined {
  const text = value.trim().toLowerCase()
  if (NO_PARTY.test(text)) return null
  const owners = new Set(PARTY_WORDS.filter(({ words }) => words.test(text)).map((p) => p.owner))
  if (owners.has('shared') || (owners.has('customer') && owners.has('provider'))) return 'shared'
  return [...owners][0]
}

/** Whether a field label says who is responsible ("Responsibility", "Configuration Responsibility"). */
export const isResponsibilityLabel = (label: string): boolean => RESPONSIBILITY_LABEL.test(label)

/** Whether a field label may state an owner (`**Owner**: Customer`); such a field is lenient. */
export const isOwnerLabel = (label: string): boolean => OWNER_LABEL.test(label.trim())

/** One row of a responsibility matrix: the duty's cell and the owner its marks give it. */
export interface MatrixRow {
  duty: TableCell
  owner: Owner
}

/**
 * A responsibility matrix: a table whose first column names duties and whose other columns are
 * parties (two or more, each header naming one), marked ✓, X or Yes where the party holds the
 * duty. A row marked for several parties is shared. Null for any other table.
 */
export function readMatrix(table: Table): MatrixRow[] | null {
  const [header, ...rows] = table.children
  if (!header || rows.length === 0 || header.children.length < 3) return null
  const parties = header.children.slice(1).map((cell) => partyOf(cellText(cell)))
  if (parties.some((party) => !party)) return null
  const read: MatrixRow[] = []
  for (const row of rows) {
    const [duty, ...marks] = row.children
    if (!duty || !cellText(duty)) continue
    const owners = new Set<Owner>()
    for (const [index, mark] of marks.entries()) {
      const party = parties[index]
      if (party && MATRIX_MARK.test(cellText(mark))) owners.add(party)
    }
    if (owners.size === 0) continue
    read.push({ duty, owner: owners.size > 1 ? 'shared' : ([...owners][0] as Owner) })
  }
  return read
}

/**
 * A field table (`| Supported | Enabled by default | Configuration responsibility |` and one row
 * of values): the value of its responsibility column, or null when the table is something else.
 */
export function fieldTableResponsibility(table: Table): string | null {
  const [header, row, ...more] = table.children
  if (!header || !row || more.length > 0) return null
  const column = header.children.findIndex((cell) => isResponsibilityLabel(cellText(cell)))
  if (column < 0) return null
  // Every cell a short value: a field row, not prose.
  if (row.children.some((cell) => cellText(cell).split(/\s+/).length > 4)) return null
  return cellText(row.children[column]) || null
}
