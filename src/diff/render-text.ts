import type { Change, GraphDiff } from './change.ts'
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

export interface TextOptions {
  /** ANSI colours: added green, removed red, modified yellow, moved cyan. */
  color: boolean
}

const MARKS: Record<Change['type'], string> = {
  added: '+',
  removed: '-',
  modified: '~',
  moved: '>',
}

const COLORS: Record<Change['type'], number> = { added: 32, removed: 31, modified: 33, moved: 36 }

/** The diff for a terminal: a summary line, then changes by service and node kind. */
export function renderText(diff: GraphDiff, options: TextOptions): string {
  const paint = (code: number, text: string): string =>
    options.color ? `\x1b[${code}m${text}\x1b[0m` : text
  const dim = (text: string): string => paint(2, text)
  const { total, breakdown } = summaryParts(diff.summary)
  const lines = [
    `${total}: ${breakdown}`,
    dim(`old ${diff.old.contentHash}`),
    dim(`new ${diff.new.contentHash}`),
  ]
  for (const { service, nodes } of groupChanges(diff)) {
    lines.push('', paint(1, service))
    for (const { node, changes } of nodes) {
      lines.push(`  ${NODE_HEADINGS[node]}`)
      for (const change of changes) {
        const head = `${MARKS[change.type]} ${changeLabel(change).padEnd(8)}`
        const note = matchNote(change)
        lines.push(
          `    ${paint(COLORS[change.type], head)} ${(change.after ?? change.before)?.id ?? ''}` +
            (note ? dim(` (${note})`) : ''),
        )
        const state = change.after ?? change.before
        if (state && showsText(change)) lines.push(`        ${state.text}`)
        const details = change.fields.length === 0 ? stateDetails(change) : ''
        if (details) lines.push(dim(`        ${details}`))
        for (const field of change.fields) {
          lines.push(`        ${field.field}:`)
          lines.push(`          ${paint(31, `- ${formatValue(field.before)}`)}`)
          lines.push(`          ${paint(32, `+ ${formatValue(field.after)}`)}`)
        }
        lines.push(
          dim(`        source: ${formatSources(change.before)} -> ${formatSources(change.after)}`),
        )
      }
    }
  }
  return `${lines.join('\n')}\n`
}
