import { escapeMarkdown } from '../support/escape-markdown.ts'
import type { GraphDiff } from './change.ts'
import {
  NODE_HEADINGS,
  changeLabel,
  formatSources,
  formatValue,
  matchNote,
  showsText,
  stateDetails,
} from './describe-change.ts'
import { groupChanges, summaryParts } from './group-changes.ts'

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``

/** The diff as a Markdown report, e.g. for a pull request comment or a change log. */
export function renderMarkdown(diff: GraphDiff): string {
  const { total, breakdown } = summaryParts(diff.summary)
  const lines = [
    '# Documentation changes',
    '',
    `Old graph ${code(diff.old.contentHash)}, new graph ${code(diff.new.contentHash)}.`,
    '',
    `**${total}**: ${breakdown}.`,
  ]
  for (const { service, nodes } of groupChanges(diff)) {
    lines.push('', `## ${escapeMarkdown(service)}`)
    for (const { node, changes } of nodes) {
      lines.push('', `### ${NODE_HEADINGS[node]}`, '')
      for (const change of changes) {
        const state = change.after ?? change.before
        const note = matchNote(change)
        lines.push(
          `- **${changeLabel(change)}** ${code(state?.id ?? '')}${note ? ` (${note})` : ''}`,
        )
        if (state && showsText(change)) {
          const details = change.fields.length === 0 ? stateDetails(change) : ''
          lines.push(
            `  - ${escapeMarkdown(state.text)}${details ? ` (${escapeMarkdown(details)})` : ''}`,
          )
        }
        for (const field of change.fields) {
          lines.push(
            `  - ${field.field}: ~~${escapeMarkdown(formatValue(field.before))}~~ → ` +
              escapeMarkdown(formatValue(field.after)),
          )
        }
        lines.push(
          `  - source: ${escapeMarkdown(formatSources(change.before))} → ` +
            escapeMarkdown(formatSources(change.after)),
        )
      }
    }
  }
  return `${lines.join('\n')}\n`
}
