/// <reference lib="dom" />
import { h } from './h.ts'
import type { FilterName } from './scope.ts'

export interface FacetOption {
  value: string
  label: string
  /** Secondary text, e.g. the service of a topic. */
  note?: string
  count: number
}

export interface FacetGroupView {
  name: FilterName
  title: string
  options: FacetOption[]
  selected: readonly string[]
  onToggle(name: FilterName, value: string, on: boolean): void
}

/** A fieldset of checkboxes with counts; native controls keep it keyboard-usable. */
export function renderFacetGroup(view: FacetGroupView): HTMLFieldSetElement {
  const list = h('ul', { className: 'facet-options' })
  for (const option of view.options) {
    const id = `f-${view.name}-${option.value.replace(/[^\w-]/g, '_')}`
    const input = h('input', {
      attrs: { type: 'checkbox', id, name: view.name, value: option.value },
      on: {
        change: (event) => {
          const target = event.currentTarget as HTMLInputElement
          view.onToggle(view.name, option.value, target.checked)
        },
      },
    })
    input.checked = view.selected.includes(option.value)
    list.append(
      h(
        'li',
        { className: option.count === 0 ? 'facet-option empty' : 'facet-option' },
        input,
        h(
          'label',
          { attrs: { for: id } },
          h('span', { className: 'facet-label' }, option.label),
          option.note ? h('span', { className: 'facet-note' }, option.note) : null,
        ),
        h('span', { className: 'count', attrs: { 'aria-hidden': 'true' } }, String(option.count)),
      ),
    )
  }
  return h(
    'fieldset',
    { className: 'facet', attrs: { 'data-facet': view.name } },
    h('legend', null, view.title),
    list,
  )
}
