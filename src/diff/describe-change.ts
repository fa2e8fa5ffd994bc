import type { Change, ChangeNode, FieldValue, NodeState } from './change.ts'
import type { Source } from '../model/source.ts'

export const NODE_HEADINGS: Record<ChangeNode, string> = {
  topic: 'Topics',
  section: 'Sections',
  control: 'Controls',
  attestation: 'Attestations',
}

/** `file:line:column`, the way compilers and editors point at text. */
export function formatSource(source: Source): string {
  return `${source.file}:${source.line}:${source.column}`
}

export function formatSources(state: NodeState | null): string {
  return state === null ? '—' : state.sources.map(formatSource).join(', ')
}

export function formatValue(value: FieldValue): string {
  if (value === null) return '(none)'
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ')
  return value
}

/** Short label of what happened, e.g. `renamed` for a topic whose title changed. */
export function changeLabel(change: Change): string {
  if (change.type === 'modified' && change.node !== 'control' && change.node !== 'attestation') {
    if (change.fields.some((f) => f.field === 'title')) return 'renamed'
  }
  return change.type
}

/** One line of context after the id: how the pair was found. */
export function matchNote(change: Change): string {
  if (change.match === null || change.match === 'id') return ''
  if (change.match === 'similarity') return `matched by similarity ${change.similarity ?? ''}`
  return `matched by ${change.match}`
}

/** The compared fields of an added or removed node worth a glance, e.g. `owner customer, kind requirement`. */
export function stateDetails(change: Change): string {
  const state = change.after ?? change.before
  if (state === null) return ''
  const names =
    change.node === 'control'
      ? ['owner', 'kind', 'programs']
      : change.node === 'attestation'
        ? ['level', 'certificate', 'since']
        : []
  return names
    .map((name) => [name, state.fields[name] ?? null] as const)
    .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => `${name} ${formatValue(value)}`)
    .join(', ')
}

/** Whether to print the node's text: always, unless a field change already shows old and new text. */
export function showsText(change: Change): boolean {
  return !change.fields.some((f) => f.field === 'statement' || f.field === 'title')
}
