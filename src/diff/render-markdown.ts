import { escapeMarkdown } from '../checklist/render/escape-markdown.ts'
import type { GraphDiff } from './change.ts'
import { CHANGE_NODES } from './change.ts'
import {
  NODE_HEADINGS,
  changeLabel,
  formatSources,
  formatValue,
  matchNote,
  showsText,
  stateDetails,
} from './describe-change.ts'

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``

/** The diff as a Markdown report, e.g. for a pull request comment or a change log. */
export function renderMarkdown(diff: GraphDiff): string {
  const { summary } = diff
  const lines = [
    '# Documentation changes',
    '',
    `Old graph ${code(diff.old.contentHash)}, new graph ${code(diff.new.contentHash)}.`,
    '',
    `**${summary.total} change${summary.total === 1 ? '' : 's'}**: ${summary.added} added, ` +
      `${summary.removed} removed, ${summary.modified} modified, ${summary.moved} moved.`,
  ]
  const services = [...new Set(diff.changes.map((c) => c.service))]
  for (const service of services) {
    lines.push('', `## ${escapeMarkdown(service)}`)
    for (const node of CHANGE_NODES) {
      const changes = diff.changes.filter((c) => c.service === service && c.node === node)
      if (changes.length === 0) continue
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
