import { escapeMarkdown } from '../../support/escape-markdown.ts'
import { linksAbsolutely, RELATIVE_SOURCES_NOTE, sourceLink } from '../source-href.ts'
import type { MatrixRow, MatrixStatement, ResponsibilityMatrix } from './responsibility-matrix.ts'

const LABELS: Record<MatrixRow['origination'], string> = {
  'service-provider': 'Service provider',
  'customer-configured': 'Configured by customer',
  'customer-provided': 'Provided by customer',
  shared: 'Shared',
  inherited: 'Inherited',
  'not-addressed': 'Not addressed by the documentation',
}

/** The label of an origination, as FedRAMP's templates print it. */
export function originationLabel(origination: MatrixRow['origination']): string {
  return LABELS[origination]
}

function statementLine(s: MatrixStatement, sourceBaseUrl?: string): string {
  const where = `${s.source.file}:${s.source.line}`
  const link = linksAbsolutely(s, sourceBaseUrl)
    ? `[\`${where}\`](${sourceLink(s, sourceBaseUrl)})`
    : `\`${where}\``
  return `- ${escapeMarkdown(s.statement)} (${s.kind}, ${s.relation}; ${link})`
}

/**
 * Markdown for people: a summary table of originations, one section per addressed requirement
 * (who does what, each statement with its source line), then the requirements the documentation
 * does not address as one table.
 */
export function renderMatrixMarkdown(matrix: ResponsibilityMatrix, sourceBaseUrl?: string): string {
  const { header, rows, totals } = matrix
  const lines = [`# ${escapeMarkdown(header.title)}`, '']
  lines.push(
    `${totals.addressed} of ${totals.requirements} requirements of ${escapeMarkdown(header.baseline.name)} ` +
      `are addressed by the documentation of ${header.services.map((s) => escapeMarkdown(s.name)).join(', ')}.`,
    '',
    '| Origination | Requirements |',
    '| --- | ---: |',
    ...Object.entries(totals.byOrigination).map(
      ([o, n]) => `| ${originationLabel(o as MatrixRow['origination'])} | ${n} |`,
    ),
    '',
  )
  const statements = rows.flatMap((r) => [...r.provider, ...r.customer, ...r.shared])
  if (!statements.every((s) => linksAbsolutely(s, sourceBaseUrl))) {
    lines.push(`_${escapeMarkdown(RELATIVE_SOURCES_NOTE)}_`, '')
  }
  const addressed = rows.filter((r) => r.origination !== 'not-addressed')
  if (addressed.length > 0) lines.push('## Addressed requirements', '')
  for (const row of addressed) {
    lines.push(
      `### ${row.requirement.label} ${escapeMarkdown(row.requirement.title)}`,
      '',
      `**${originationLabel(row.origination)}.** ${escapeMarkdown(row.reason)}`,
      '',
    )
    const parts: [string, MatrixStatement[]][] = [
      ['What the provider does', row.provider],
      ['What the customer must do', row.customer],
      ['Shared', row.shared],
    ]
    for (const [title, statements] of parts) {
      if (statements.length === 0) continue
      lines.push(`${title}:`, '', ...statements.map((s) => statementLine(s, sourceBaseUrl)), '')
    }
  }
  const missing = rows.filter((r) => r.origination === 'not-addressed')
  if (missing.length > 0) {
    lines.push(
      '## Not addressed by the documentation',
      '',
      '| Requirement | Title |',
      '| --- | --- |',
      ...missing.map((r) => `| ${r.requirement.label} | ${escapeMarkdown(r.requirement.title)} |`),
      '',
    )
  }
  return lines.join('\n')
}
