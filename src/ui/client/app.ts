/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { CONTROL_KINDS, OWNERS } from '../../model/control.ts'
import type { Owner } from '../../model/control.ts'
import type { Topic } from '../../model/topic.ts'
import { createApiClient } from './api-client.ts'
import type {
  ControlDetail,
  ControlPage,
  Facets,
  ProgramList,
  ResponsibilityMatrix,
  ServiceList,
  TopicList,
} from './api-types.ts'
import { checklistParams } from './checklist-params.ts'
import { h, replaceChildren } from './h.ts'
import { KIND_LABELS, OWNER_LABELS } from './labels.ts'
import { loadMatrix } from './load-matrix.ts'
import { requirementSelected } from './match-requirement.ts'
import type { FacetOption } from './render-facets.ts'
import { renderFacetGroup } from './render-facets.ts'
import { renderDetail } from './render-detail.ts'
import { renderMatrix } from './render-matrix.ts'
import { renderRequirementMatrix } from './render-requirement-matrix.ts'
import { renderResult } from './render-result.ts'
import { FACETS, emptyScope, readScope, scopeParams, splitList } from './scope.ts'
import type { FacetName } from './scope.ts'

const PAGE_SIZE = 20
const DEBOUNCE_MS = 200
const CHECKLIST_FORMATS = [
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['oscal', 'OSCAL'],
] as const

type Tab = 'controls' | 'matrix'

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`#${id} is missing from the page`)
  return element as T
}

const api = createApiClient('')
const ui = {
  summary: byId('summary'),
  form: byId<HTMLFormElement>('search-form'),
  q: byId<HTMLInputElement>('q'),
  filtersBox: byId<HTMLDetailsElement>('filters-box'),
  filters: byId('filters'),
  requirement: byId<HTMLInputElement>('requirement'),
  baseline: byId<HTMLSelectElement>('baseline'),
  clear: byId<HTMLButtonElement>('clear'),
  tabs: {
    controls: byId<HTMLButtonElement>('tab-controls'),
    matrix: byId<HTMLButtonElement>('tab-matrix'),
  },
  panels: { controls: byId('panel-controls'), matrix: byId('panel-matrix') },
  downloads: byId('downloads'),
  status: byId('status'),
  results: byId<HTMLOListElement>('results'),
  more: byId<HTMLButtonElement>('more'),
  detail: byId('detail'),
  matrix: byId('matrix'),
}

const initial = new URLSearchParams(location.search)
const state = {
  scope: readScope(initial),
  tab: (initial.get('tab') === 'matrix' ? 'matrix' : 'controls') as Tab,
  selected: initial.get('control'),
  next: null as string | null,
  services: [] as ServiceList['items'],
  topics: new Map<string, Topic>(),
  programs: new Map<string, string>(),
  /** Baseline programs (FedRAMP and NIST 800-53 baselines), for the baseline filter. */
  baselines: [] as ProgramList['items'],
}

let generation = 0
let controller: AbortController | null = null

const topicTitle = (id: string): string => state.topics.get(id)?.title ?? id
const serviceName = (id: string): string => state.services.find((s) => s.id === id)?.name ?? id
const programName = (id: string): string => state.programs.get(id) ?? id

function writeUrl(): void {
  const params = scopeParams(state.scope)
  if (state.tab === 'matrix') params.set('tab', 'matrix')
  if (state.selected) params.set('control', state.selected)
  const query = params.toString()
  history.replaceState(null, '', query === '' ? location.pathname : `?${query}`)
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

function showError(error: unknown): void {
  ui.status.className = 'status error'
  ui.status.textContent = `Could not load: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * Checklists cover the filters (not the search text); with a baseline chosen, the downloads are
 * that baseline's customer responsibility matrix instead.
 */
function renderDownloads(): void {
  const services = state.services.length > 1 ? state.services.map((s) => s.id) : []
  const params = checklistParams(state.scope, services)
  const what = params.has('baseline') ? 'matrix' : 'checklist'
  replaceChildren(
    ui.downloads,
    h('span', { className: 'downloads-label' }, what === 'matrix' ? 'Matrix' : 'Checklist'),
    ...CHECKLIST_FORMATS.map(([format, label]) => {
      const query = new URLSearchParams(params)
      query.set('format', format)
      query.set('download', '1')
      return h(
        'a',
        {
          className: 'button',
          attrs: {
            href: api.url('/v1/checklists', query),
            download: '',
            'data-format': format,
            title: `Download the ${what} of the current filters as ${label}`,
          },
          on: {
            keydown: (event) => {
              // Links only react to Enter; buttons-that-look-alike should take Space too.
              if ((event as KeyboardEvent).key === ' ') {
                event.preventDefault()
                ;(event.currentTarget as HTMLAnchorElement).click()
              }
            },
          },
        },
        label,
      )
    }),
  )
}

function toggleFilter(name: FacetName, value: string, on: boolean): void {
  const values = state.scope.filters[name].filter((v) => v !== value)
  if (on) values.push(value)
  state.scope.filters[name] = values
  void refresh()
}

function facetOptions(name: FacetName, counts: Facets): FacetOption[] {
  const selected = state.scope.filters[name]
  const keep = (value: string, count: number) => count > 0 || selected.includes(value)
  switch (name) {
    case 'owner':
      return OWNERS.map((o) => ({ value: o, label: OWNER_LABELS[o], count: counts.owner[o] }))
    case 'kind':
      return CONTROL_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k], count: counts.kind[k] }))
    case 'service':
      return state.services
        .map((s) => ({ value: s.id, label: s.name, count: counts.service[s.id] ?? 0 }))
        .filter((o) => keep(o.value, o.count))
    case 'program':
      return [...state.programs]
        .map(([id, label]) => ({ value: id, label, count: counts.program[id] ?? 0 }))
        .filter((o) => keep(o.value, o.count))
    case 'topic':
      return [...state.topics.values()]
        .map((t) => ({
          value: t.id,
          label: t.title,
          note: state.services.length > 1 ? serviceName(t.service) : undefined,
          count: counts.topic[t.id] ?? 0,
        }))
        .filter((o) => keep(o.value, o.count))
  }
}

const FACET_TITLES: Record<FacetName, string> = {
  service: 'Service',
  owner: 'Owner',
  kind: 'Kind',
  program: 'Program',
  topic: 'Topic',
}

/**
 * Each group counts what choosing one of its values would give, so a group with a selection is
 * counted without its own filter (one extra request per such group).
 */
function renderFacets(main: Facets, own: Map<FacetName, Facets>): void {
  const focused =
    document.activeElement instanceof HTMLInputElement ? document.activeElement.id : ''
  replaceChildren(
    ui.filters,
    ...FACETS.map((name) =>
      renderFacetGroup({
        name,
        title: FACET_TITLES[name],
        options: facetOptions(name, own.get(name) ?? main),
        selected: state.scope.filters[name],
        onToggle: toggleFilter,
      }),
    ),
  )
  // Re-rendering replaces the checkboxes: keep keyboard focus where it was.
  if (focused) document.getElementById(focused)?.focus()
}

function renderResults(page: ControlPage, append: boolean): void {
  if (!append) ui.results.replaceChildren()
  for (const control of page.items) {
    ui.results.append(
      renderResult({
        control,
        topicTitle: topicTitle(control.topic),
        selected: control.id === state.selected,
        onOpen: (id) => void openControl(id, true),
      }),
    )
  }
  state.next = page.next
  ui.more.hidden = page.next === null
  const shown = ui.results.childElementCount
  ui.status.className = 'status'
  ui.status.textContent =
    page.total === 0
      ? 'No controls match. Try fewer filters or other words.'
      : `${page.total} control${page.total === 1 ? '' : 's'}` +
        (shown < page.total ? `, showing ${shown}` : '')
}

async function renderMatrixTab(signal: AbortSignal): Promise<void> {
  if (state.scope.filters.baseline.length > 0) return renderRequirementMatrixTab(signal)
  const rows = await loadMatrix(
    api,
    scopeParams(state.scope, ['owner', 'topic']),
    OWNERS,
    [...state.topics.keys()],
    signal,
  )
  const { topic, owner } = state.scope.filters
  replaceChildren(
    ui.matrix,
    h(
      'p',
      { className: 'matrix-hint' },
      'Choose a baseline among the filters to see its requirements × owners.',
    ),
    rows.length === 0
      ? h('p', { className: 'empty' }, 'No controls match these filters.')
      : renderMatrix({
          rows,
          owners: OWNERS,
          topicTitle,
          serviceOf: (id) => {
            const service = state.topics.get(id)?.service ?? ''
            return { id: service, name: serviceName(service) }
          },
          selected:
            topic.length === 1 && owner.length === 1 && topic[0] && owner[0]
              ? { topic: topic[0], owner: owner[0] }
              : null,
          onCell: (t, o) => void showCell(t, o),
        }),
  )
}

/**
 * The customer responsibility matrix of the chosen baseline for the services in scope (every
 * service when none is ticked), narrowed to the requirements typed in the requirement filter.
 */
async function renderRequirementMatrixTab(signal: AbortSignal): Promise<void> {
  const services = state.services.map((s) => s.id)
  const params = checklistParams(state.scope, services)
  params.set('format', 'json')
  const matrix = await api.get<ResponsibilityMatrix>('/v1/checklists', params, signal)
  const wanted = state.scope.filters.requirement
  const rows = matrix.rows.filter((r) => requirementSelected(r.requirement.controlId, wanted))
  replaceChildren(
    ui.matrix,
    rows.length === 0
      ? h('p', { className: 'empty' }, 'No requirement of this baseline matches.')
      : renderRequirementMatrix({
          matrix,
          rows,
          owners: OWNERS,
          onControl: (id) => {
            selectTab('controls', false)
            void openControl(id, true)
          },
        }),
  )
}

/** A matrix cell narrows the list to its topic and owner and shows it. */
async function showCell(topic: string, owner: Owner): Promise<void> {
  state.scope.filters.topic = [topic]
  state.scope.filters.owner = [owner]
  selectTab('controls', false)
  await refresh()
  ui.results.querySelector<HTMLButtonElement>('.result-button')?.focus()
}

async function refresh(): Promise<void> {
  controller?.abort()
  controller = new AbortController()
  const { signal } = controller
  const current = ++generation
  writeUrl()
  renderDownloads()
  document.body.classList.add('busy')
  try {
    const params = scopeParams(state.scope)
    params.set('limit', String(PAGE_SIZE))
    params.set('facets', 'true')
    const selectedGroups = FACETS.filter((name) => state.scope.filters[name].length > 0)
    const [page, groups] = await Promise.all([
      api.get<ControlPage>('/v1/controls', params, signal),
      Promise.all(
        selectedGroups.map(async (name) => {
          const query = scopeParams(state.scope, [name])
          query.set('limit', '1')
          query.set('facets', 'true')
          const result = await api.get<ControlPage>('/v1/controls', query, signal)
          return [name, result.facets as Facets] as const
        }),
      ),
      state.tab === 'matrix' ? renderMatrixTab(signal) : null,
    ])
    if (current !== generation) return
    renderResults(page, false)
    if (page.facets) renderFacets(page.facets, new Map(groups))
  } catch (error) {
    if (!isAbort(error) && current === generation) showError(error)
  } finally {
    if (current === generation) document.body.classList.remove('busy')
  }
}

async function loadMore(): Promise<void> {
  if (state.next === null) return
  const params = scopeParams(state.scope)
  params.set('limit', String(PAGE_SIZE))
  params.set('cursor', state.next)
  const first = ui.results.childElementCount
  try {
    renderResults(await api.get<ControlPage>('/v1/controls', params), true)
    ui.results.querySelectorAll<HTMLButtonElement>('.result-button')[first]?.focus()
  } catch (error) {
    showError(error)
  }
}

async function openControl(id: string, focus: boolean): Promise<void> {
  state.selected = id
  writeUrl()
  for (const button of ui.results.querySelectorAll<HTMLButtonElement>('.result-button')) {
    if (button.dataset.id === id) button.setAttribute('aria-current', 'true')
    else button.removeAttribute('aria-current')
  }
  try {
    const control = await api.get<ControlDetail>(`/v1/controls/${encodeURIComponent(id)}`)
    if (state.selected !== id) return
    ui.detail.hidden = false
    replaceChildren(
      ui.detail,
      renderDetail({
        control,
        programName,
        topicTitle,
        onOpen: (other) => void openControl(other, true),
        onClose: closeControl,
      }),
    )
    if (focus) {
      const title = document.getElementById('detail-title')
      title?.focus({ preventScroll: true })
      // Side by side, the detail is already in view; stacked, bring it up.
      if (window.matchMedia('(max-width: 1100px)').matches) ui.detail.scrollIntoView()
    }
  } catch (error) {
    showError(error)
  }
}

function closeControl(): void {
  const id = state.selected
  state.selected = null
  writeUrl()
  ui.detail.hidden = true
  ui.detail.replaceChildren()
  const button = [...ui.results.querySelectorAll<HTMLButtonElement>('.result-button')].find(
    (b) => b.dataset.id === id,
  )
  button?.removeAttribute('aria-current')
  button?.focus()
}

function selectTab(tab: Tab, load: boolean): void {
  state.tab = tab
  for (const name of ['controls', 'matrix'] as const) {
    const on = name === tab
    ui.tabs[name].setAttribute('aria-selected', String(on))
    ui.tabs[name].tabIndex = on ? 0 : -1
    ui.panels[name].hidden = !on
  }
  writeUrl()
  if (load && tab === 'matrix') void refresh()
}

/** Up/Down/Home/End move between results, like a list box; Tab still leaves the list. */
function onResultsKey(event: KeyboardEvent): void {
  const buttons = [...ui.results.querySelectorAll<HTMLButtonElement>('.result-button')]
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
  if (index < 0) return
  const target =
    event.key === 'ArrowDown'
      ? buttons[index + 1]
      : event.key === 'ArrowUp'
        ? buttons[index - 1]
        : event.key === 'Home'
          ? buttons[0]
          : event.key === 'End'
            ? buttons[buttons.length - 1]
            : undefined
  if (target) {
    event.preventDefault()
    target.focus()
  }
}

function onTabsKey(event: KeyboardEvent): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
  event.preventDefault()
  const next: Tab = state.tab === 'controls' ? 'matrix' : 'controls'
  selectTab(next, true)
  ui.tabs[next].focus()
}

async function start(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  ui.q.value = state.scope.q
  ui.q.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      state.scope.q = ui.q.value
      void refresh()
    }, DEBOUNCE_MS)
  })
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    state.scope.q = ui.q.value
    void refresh()
  })
  ui.clear.addEventListener('click', () => {
    state.scope = emptyScope()
    ui.q.value = ''
    ui.requirement.value = ''
    ui.baseline.value = ''
    void refresh()
  })
  ui.requirement.value = state.scope.filters.requirement.join(', ')
  const applyRequirement = () => {
    const values = splitList(ui.requirement.value)
    if (values.join(',') === state.scope.filters.requirement.join(',')) return
    state.scope.filters.requirement = values
    void refresh()
  }
  ui.requirement.addEventListener('change', applyRequirement)
  ui.requirement.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') applyRequirement()
  })
  ui.baseline.addEventListener('change', () => {
    state.scope.filters.baseline = ui.baseline.value === '' ? [] : [ui.baseline.value]
    void refresh()
  })
  ui.more.addEventListener('click', () => void loadMore())
  ui.results.addEventListener('keydown', onResultsKey)
  ui.detail.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeControl()
  })
  ui.tabs.controls.addEventListener('click', () => selectTab('controls', true))
  ui.tabs.matrix.addEventListener('click', () => selectTab('matrix', true))
  ui.tabs.controls.parentElement?.addEventListener('keydown', onTabsKey)
  // Narrow screens start with the filters folded away.
  if (window.matchMedia('(max-width: 700px)').matches) ui.filtersBox.open = false

  try {
    const [services, topics, programs] = await Promise.all([
      api.get<ServiceList>('/v1/services'),
      api.get<TopicList>('/v1/topics'),
      api.get<ProgramList>('/v1/programs'),
    ])
    state.services = services.items
    state.topics = new Map(topics.items.map((t) => [t.id, t]))
    state.programs = new Map(programs.items.map((p) => [p.id, p.name]))
    state.baselines = programs.items.filter((p) => p.kind === 'baseline')
    ui.baseline.append(
      ...state.baselines.map((p) => h('option', { attrs: { value: p.id } }, p.name)),
    )
    // A baseline named in the address by name or alias is left to the API to resolve.
    ui.baseline.value = state.scope.filters.baseline[0] ?? ''
    const controls = services.items.length === 1 ? '' : ` · ${services.items.length} services`
    ui.summary.textContent = `${services.items.map((s) => s.name).join(', ')}${controls}`
  } catch (error) {
    showError(error)
    return
  }
  selectTab(state.tab, false)
  await refresh()
  if (state.selected) await openControl(state.selected, false)
  document.body.classList.add('ready')
}

void start()
