import type { ActionItem, Checklist, Evidence, InheritedItem } from '../checklist.ts'
import { claimFacts } from '../claim-facts.ts'
import { linksAbsolutely, RELATIVE_SOURCES_NOTE, sourceLink } from '../source-href.ts'
import type { Located } from '../source-href.ts'
import { toUriReference } from '../to-uri-reference.ts'
import { escapeMarkdown as md } from '../../support/escape-markdown.ts'

export interface MarkdownOptions {
  /**
   * Base URL for the sources of services without a `sourceUrl`; without either, sources are written
   * as `file:line`.
   */
  sourceBaseUrl?: string
}

/**
 * GitHub-flavoured Markdown: a header list, then "Inherited from <provider>" and "Your actions"
 * (a `###` heading per topic) as task lists. Each item is one list paragraph whose lines are
 * joined by hard breaks (`\` at line end): statement, facts, evidence, source.
 */
export function renderMarkdown(checklist: Checklist, options: MarkdownOptions = {}): string {
  const { header, totals } = checklist
  const { scope } = header
  const providers = [...new Set(header.services.map((s) => s.provider))]
  const only = providers.length === 1 ? providers[0] : undefined
  const provider = only === undefined || only === 'unknown' ? 'the provider' : only
  const programFilter = scope.programs.length > 0
  const out: string[] = [`# ${md(header.title)}`, '']

  const names = (refs: { id: string; name: string }[]): string =>
    refs.map((r) => `${md(r.name)} (\`${r.id}\`)`).join(', ')
  out.push(
    `- Services: ${names(header.services)}`,
    `- Programs: ${programFilter ? names(header.programs) : 'every program'}`,
    `- Owners: ${scope.owners.join(', ')}`,
    `- Kinds: ${scope.kinds.join(', ')}`,
    `- Topics: ${scope.topics.length > 0 ? scope.topics.map((t) => `\`${t}\``).join(', ') : 'every topic'}`,
  )
  if (programFilter) {
    out.push(
      `- Controls that name no program: ${scope.includeGeneral ? 'included, marked "any program"' : 'left out'}`,
    )
  }
  const counts = (entries: [string, number][]): string =>
    entries
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
  const breakdown = [counts(Object.entries(totals.byOwner)), counts(Object.entries(totals.byKind))]
    .filter(Boolean)
    .join('; ')
  out.push(
    `- Totals: ${totals.inherited} inherited, ${totals.actions} action${totals.actions === 1 ? '' : 's'}${breakdown ? ` (${breakdown})` : ''}`,
    `- Graph: \`${header.graph.contentHash}\` (schema ${header.graph.schemaVersion})`,
    `- Generated: ${header.generatedAt}`,
  )
  const items = [...checklist.inherited, ...checklist.actions.flatMap((g) => g.items)]
  if (!items.every((item) => linksAbsolutely(item, options.sourceBaseUrl))) {
    out.push(`- Sources: ${md(RELATIVE_SOURCES_NOTE)}`)
  }
  out.push('')

  out.push(`## Inherited from ${md(provider)}`, '')
  if (checklist.inherited.length === 0) out.push('Nothing in scope.')
  for (const item of checklist.inherited) out.push(...inheritedLines(item, programFilter, options))
  out.push('')

  out.push('## Your actions', '')
  if (checklist.actions.length === 0) out.push('Nothing in scope.', '')
  for (const group of checklist.actions) {
    out.push(`### ${md(group.title)}`, '')
    for (const item of group.items) out.push(...actionLines(item, programFilter, options))
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function inheritedLines(
  item: InheritedItem,
  programFilter: boolean,
  options: MarkdownOptions,
): string[] {
  const claim = item.claim
  const facts = claim ? claimFacts(claim).map(md) : []
  const label = claim
    ? `**${md(claim.programName)}**${facts.length > 0 ? ` (${facts.join(', ')})` : ''}: `
    : ''
  const lines = [
    `- [ ] ${label}${md(item.statement)}`,
    `  ${item.type} · ${programsText(item.programs, programFilter)} · \`${item.id}\``,
  ]
  if (item.evidence.length > 0)
    lines.push(`  Evidence to obtain: ${item.evidence.map(evidenceText).join('; ')}`)
  lines.push(`  Source: ${sourceText(item, options)}`)
  return joinWithBreaks(lines)
}

function actionLines(item: ActionItem, programFilter: boolean, options: MarkdownOptions): string[] {
  return joinWithBreaks([
    `- [ ] ${md(item.statement)}`,
    `  ${item.kind} · ${item.owner} · ${programsText(item.programs, programFilter)} · \`${item.id}\``,
    `  Source: ${sourceText(item, options)}`,
  ])
}

/** Hard line breaks keep each fact on its own line inside one list item. */
function joinWithBreaks(lines: string[]): string[] {
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line))
}

function programsText(programs: string[], programFilter: boolean): string {
  if (programs.length > 0) return programs.map((p) => `\`${p}\``).join(', ')
  return programFilter ? 'any program' : 'no program named'
}

function evidenceText(evidence: Evidence): string {
  return evidence.href === null
    ? md(evidence.text)
    : `[${md(evidence.text)}](${toUriReference(evidence.href)})`
}

function sourceText(item: Located, options: MarkdownOptions): string {
  const { source } = item
  const location = `${source.file}:${source.line}`
  const shown = location.includes('`') ? md(location) : `\`${location}\``
  const where = linksAbsolutely(item, options.sourceBaseUrl)
    ? `[${shown}](${sourceLink(item, options.sourceBaseUrl)})`
    : shown
  const path = source.headingPath.map(md).join(' › ')
  return path ? `${where} (${path})` : where
}
