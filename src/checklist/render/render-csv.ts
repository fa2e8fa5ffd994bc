import type { ActionItem, Checklist, InheritedItem } from '../checklist.ts'
import { linksAbsolutely, sourceLink } from '../source-href.ts'

/** Column order is part of the format: only ever append columns. */
export const CSV_COLUMNS = [
  'section',
  'service',
  'topic',
  'id',
  'type',
  'statement',
  'kind',
  'owner',
  'programs',
  'general',
  'status',
  'claim_program',
  'claim_level',
  'claim_certificate',
  'claim_since',
  'evidence',
  'file',
  'line',
  'heading_path',
  'origin',
  'confidence',
  'source_url',
] as const

type Row = Record<(typeof CSV_COLUMNS)[number], string>

/** The cells inherited items and actions fill the same way. */
function itemCells(
  item: InheritedItem | ActionItem,
  baseUrl: string | undefined,
): Pick<
  Row,
  | 'service'
  | 'topic'
  | 'id'
  | 'statement'
  | 'kind'
  | 'owner'
  | 'programs'
  | 'general'
  | 'status'
  | 'file'
  | 'line'
  | 'heading_path'
  | 'source_url'
> {
  return {
    service: item.service,
    topic: item.topic,
    id: item.id,
    statement: item.statement,
    kind: item.kind,
    owner: item.owner,
    programs: item.programs.join('; '),
    general: String(item.general),
    status: item.status,
    file: item.source.file,
    line: String(item.source.line),
    heading_path: item.source.headingPath.join(' > '),
    // Empty when the link would only be relative: file and line say as much.
    source_url: linksAbsolutely(item, baseUrl) ? sourceLink(item, baseUrl) : '',
  }
}

/**
 * RFC 4180 CSV (CRLF line ends, fields quoted when needed, UTF-8): a header row, then one row per
 * inherited item and per action, in checklist order. Lists inside a cell are joined with `; `.
 */
export function renderCsv(checklist: Checklist, options: { sourceBaseUrl?: string } = {}): string {
  const rows: Row[] = []
  for (const item of checklist.inherited) {
    rows.push({
      ...itemCells(item, options.sourceBaseUrl),
      section: 'inherited',
      type: item.type,
      claim_program: item.claim?.program ?? '',
      claim_level: item.claim?.level ?? '',
      claim_certificate: item.claim?.certificate ?? '',
      claim_since: item.claim?.since ?? '',
      evidence: item.evidence.map((e) => (e.href ? `${e.text} <${e.href}>` : e.text)).join('; '),
      origin: '',
      confidence: '',
    })
  }
  for (const item of checklist.actions.flatMap((g) => g.items)) {
    rows.push({
      ...itemCells(item, options.sourceBaseUrl),
      section: 'action',
      type: 'control',
      claim_program: '',
      claim_level: '',
      claim_certificate: '',
      claim_since: '',
      evidence: '',
      origin: item.origin,
      confidence: String(item.confidence),
    })
  }
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(row[c])).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}

/**
 * One field: a leading `=`, `+`, `-`, `@`, tab or CR makes spreadsheets evaluate the cell as a
 * formula, so such cells get a leading `'` (OWASP's advice); then RFC 4180 quoting.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
