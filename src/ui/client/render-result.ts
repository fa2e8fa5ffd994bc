/// <reference lib="dom" />
import type { ControlHit } from './api-types.ts'
import { h } from './h.ts'
import { highlightNodes } from './highlight-nodes.ts'
import { KIND_LABELS, OWNER_LABELS } from './labels.ts'

export interface ResultView {
  control: ControlHit
  topicTitle: string
  selected: boolean
  onOpen(id: string): void
}

/** One control of the result list: a button showing the (highlighted) statement and its facets. */
export function renderResult(view: ResultView): HTMLLIElement {
  const { control } = view
  const statement =
    control.snippet === undefined ? [control.statement] : highlightNodes(control.snippet)
  return h(
    'li',
    { className: 'result' },
    h(
      'button',
      {
        className: 'result-button',
        attrs: {
          type: 'button',
          'data-id': control.id,
          'aria-current': view.selected ? 'true' : undefined,
          'aria-controls': 'detail',
        },
        on: { click: () => view.onOpen(control.id) },
      },
      h('span', { className: 'statement' }, ...statement),
      h(
        'span',
        { className: 'meta' },
        h('span', { className: `badge owner-${control.owner}` }, OWNER_LABELS[control.owner]),
        h('span', { className: 'badge kind' }, KIND_LABELS[control.kind]),
        h('span', { className: 'where' }, view.topicTitle),
      ),
    ),
  )
}
