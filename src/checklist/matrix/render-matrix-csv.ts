import { csvCell } from '../render/render-csv.ts'
import { linksAbsolutely, sourceLink } from '../source-href.ts'
import { originationLabel } from './render-matrix-markdown.ts'
import type { MatrixStatement, ResponsibilityMatrix } from './responsibility-matrix.ts'

/** Column order is part of the format: only ever append columns. */
export const MATRIX_CSV_COLUMNS = [
  'requirement',
  'label',
  'title',
  'family',
  'origination',
  'provider',
  'customer',
  'shared',
  'sources',
] as const

/** UTF-8 byte order mark: spreadsheet programs read the file as UTF-8 only with it. */
const BOM = '\uFEFF'

const cell = (statements: readonly MatrixStatement[]) =>
  statements.map((s) => s.statement).join('\n')

/**
 * One row per requirement of the baseline (RFC 4180, CRLF): its origination, the provider's,
 * customer's and shared statements (one per line inside the cell) and their sources. With
 * `bom`, the text starts with a byte order mark so Excel opens it as UTF-8.
 */
export function renderMatrixCsv(
  matrix: ResponsibilityMatrix,
  options: { bom?: boolean; sourceBaseUrl?: string } = {},
): string {
  const lines: string[] = [MATRIX_CSV_COLUMNS.join(',')]
  for (const row of matrix.rows) {
    const statements = [...row.provider, ...row.customer, ...row.shared]
    const sources = statements.map((s) =>
      linksAbsolutely(s, options.sourceBaseUrl)
        ? sourceLink(s, options.sourceBaseUrl)
        : `${s.source.file}:${s.source.line}`,
    )
    const cells = [
      row.requirement.id,
      row.requirement.label,
      row.requirement.title,
      row.requirement.family,
      originationLabel(row.origination),
      cell(row.provider),
      cell(row.customer),
      cell(row.shared),
      [...new Set(sources)].join('\n'),
    ]
    lines.push(cells.map(csvCell).join(','))
  }
  return `${options.bom ? BOM : ''}${lines.join('\r\n')}\r\n`
}
