/// <reference lib="dom" />
import { OWNERS } from '../../model/control.ts'
import type { Owner } from '../../model/control.ts'
import type { Topic } from '../../model/topic.ts'
import { createApiClient } from './api-client.ts'
import type { ApiClient } from './api-client.ts'
import type {
  ControlHit,
  ControlPage,
  ProgramList,
  ResponsibilityMatrix,
  ServiceList,
  TopicList,
} from './api-types.ts'
import { checklistParams } from './checklist-params.ts'
import css from './embed.css'
import { h, replaceChildren } from './h.ts'
import { highlightNodes } from './highlight-nodes.ts'
import { KIND_LABELS, OWNER_LABELS } from './labels.ts'
import { loadMatrix } from './load-matrix.ts'
import { requirementSelected } from './match-requirement.ts'
import { renderMatrix } from './render-matrix.ts'
import { renderRequirementMatrix } from './render-requirement-matrix.ts'
import { FILTERS, readScope, scopeParams } from './scope.ts'

// Where this script was loaded from: the default API origin, so `api` can be left out.
const scriptOrigin = (() => {
  const script = document.currentScript
  return script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : ''
})()

interface Labels {
  services: Map<string, string>
  topics: Map<string, Topic>
  programs: Map<string, string>
}

// Topic titles and program names, fetched once per API for every widget on the page.
const labelCache = new Map<string, Promise<Labels>>()
function labelsOf(api: ApiClient): Promise<Labels> {
  let labels = labelCache.get(api.base)
  if (!labels) {
    labels = Promise.all([
      api.get<ServiceList>('/v1/services'),
      api.get<TopicList>('/v1/topics'),
      api.get<ProgramList>('/v1/programs'),
    ]).then(([services, topics, programs]) => ({
      services: new Map(services.items.map((s) => [s.id, s.name])),
      topics: new Map(topics.items.map((t) => [t.id, t])),
      programs: new Map(programs.items.map((p) => [p.id, p.name])),
    }))
    labels.catch(() => labelCache.delete(api.base))
    labelCache.set(api.base, labels)
  }
  return labels
}

let sheet: CSSStyleSheet | null = null
/** A constructed stylesheet: not an inline <style>, so a host page's strict CSP allows it. */
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
  }
  return sheet
}

const ATTRIBUTES = ['api', 'q', 'view', 'limit', 'heading', ...FILTERS] as const

/**
 * `<secgraph-controls>`: the controls (or the responsibility matrix) of a scope, read from a
 * secgraph API, possibly on another origin (the API must allow the page's origin with CORS).
 * Renders into a shadow root so the host page's CSS cannot reach inside.
 */
class SecgraphControls extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTES

  readonly #root: ShadowRoot
  #controller: AbortController | null = null
  #scheduled = false
  /** A matrix cell the reader clicked: list its controls until the attributes change. */
  #drill: { topic: string; owner: Owner } | null = null
  #items: HTMLUListElement | null = null

  constructor() {
    super()
    this.#root = this.attachShadow({ mode: 'open' })
    this.#root.adoptedStyleSheets = [styles()]
  }

  connectedCallback(): void {
    this.#schedule()
  }

  disconnectedCallback(): void {
    this.#controller?.abort()
  }

  attributeChangedCallback(): void {
    this.#drill = null
    this.#schedule()
  }

  /** Attribute changes arrive one by one: render once after the last of them. */
  #schedule(): void {
    if (this.#scheduled) return
    this.#scheduled = true
    queueMicrotask(() => {
      this.#scheduled = false
      if (this.isConnected) void this.#render()
    })
  }

  get #api(): ApiClient {
    return createApiClient(this.getAttribute('api') || scriptOrigin || location.origin)
  }

  #params(): URLSearchParams {
    const raw = new URLSearchParams()
    for (const name of ['q', ...FILTERS]) {
      const value = this.getAttribute(name)
      if (value) raw.set(name, value)
    }
    const scope = readScope(raw)
    if (this.#drill) {
      scope.filters.topic = [this.#drill.topic]
      scope.filters.owner = [this.#drill.owner]
    }
    return scopeParams(scope)
  }

  async #render(): Promise<void> {
    this.#controller?.abort()
    this.#controller = new AbortController()
    const { signal } = this.#controller
    const api = this.#api
    const matrix = this.getAttribute('view') === 'matrix' && this.#drill === null
    const heading = this.getAttribute('heading') || 'Security controls'
    const body = h('div', { className: 'body' }, h('p', { className: 'loading' }, 'Loading…'))
    const container = h(
      'div',
      { className: 'sg', attrs: { part: 'container' } },
      h('header', null, h('h2', null, heading), h('span', { className: 'total' })),
      body,
      h('footer', null, 'secgraph'),
    )
    replaceChildren(this.#root, container)
    try {
      const labels = await labelsOf(api)
      if (signal.aborted) return
      if (matrix && this.getAttribute('baseline'))
        await this.#renderRequirementMatrix(api, labels, container, body, signal)
      else if (matrix) await this.#renderMatrix(api, labels, container, body, signal)
      else await this.#renderList(api, labels, container, body, signal)
    } catch (error) {
      if (signal.aborted) return
      const reason = error instanceof Error ? error.message : String(error)
      replaceChildren(
        body,
        h(
          'p',
          { className: 'error', attrs: { role: 'alert' } },
          `Could not load controls from ${api.base}: ${reason}`,
        ),
      )
    }
  }

  async #renderMatrix(
    api: ApiClient,
    labels: Labels,
    container: HTMLElement,
    body: HTMLElement,
    signal: AbortSignal,
  ): Promise<void> {
    const params = this.#params()
    const chosen = (params.get('owner') ?? '').split(',')
    const owners = OWNERS.filter((o) => chosen.includes(o))
    params.delete('owner')
    params.delete('topic')
    const columns = owners.length > 0 ? owners : OWNERS
    const rows = await loadMatrix(api, params, columns, [...labels.topics.keys()], signal)
    if (signal.aborted) return
    const total = rows.reduce((sum, r) => sum + r.total, 0)
    setTotal(container, total)
    replaceChildren(
      body,
      rows.length === 0
        ? h('p', { className: 'empty' }, 'No controls.')
        : h(
            'div',
            { className: 'scroll' },
            renderMatrix({
              rows,
              owners: columns,
              topicTitle: (id) => labels.topics.get(id)?.title ?? id,
              serviceOf: (id) => {
                const service = labels.topics.get(id)?.service ?? ''
                return { id: service, name: labels.services.get(service) ?? service }
              },
              onCell: (topic, owner) => {
                this.#drill = { topic, owner }
                void this.#render()
              },
            }),
          ),
    )
  }

  /** `view="matrix"` with a `baseline`: that baseline's requirements × owners, statements in cells. */
  async #renderRequirementMatrix(
    api: ApiClient,
    labels: Labels,
    container: HTMLElement,
    body: HTMLElement,
    signal: AbortSignal,
  ): Promise<void> {
    const scope = readScope(this.#params())
    const params = checklistParams(scope, [...labels.services.keys()])
    params.set('format', 'json')
    const matrix = await api.get<ResponsibilityMatrix>('/v1/checklists', params, signal)
    if (signal.aborted) return
    const rows = matrix.rows.filter((r) =>
      requirementSelected(r.requirement.controlId, scope.filters.requirement),
    )
    const total = container.querySelector('.total')
    if (total) total.textContent = `${rows.length} requirement${rows.length === 1 ? '' : 's'}`
    replaceChildren(
      body,
      rows.length === 0
        ? h('p', { className: 'empty' }, 'No requirements.')
        : h(
            'div',
            { className: 'scroll' },
            renderRequirementMatrix({ matrix, rows, owners: OWNERS }),
          ),
    )
  }

  async #renderList(
    api: ApiClient,
    labels: Labels,
    container: HTMLElement,
    body: HTMLElement,
    signal: AbortSignal,
  ): Promise<void> {
    const params = this.#params()
    const limit = Math.min(100, Math.max(1, Number(this.getAttribute('limit')) || 10))
    params.set('limit', String(limit))
    const page = await api.get<ControlPage>('/v1/controls', params, signal)
    if (signal.aborted) return
    setTotal(container, page.total)
    const drill = this.#drill
    const back = drill
      ? h(
          'button',
          {
            className: 'back',
            attrs: { type: 'button' },
            on: {
              click: () => {
                this.#drill = null
                void this.#render()
              },
            },
          },
          `← Matrix · ${labels.topics.get(drill.topic)?.title ?? drill.topic} · ${OWNER_LABELS[drill.owner]}`,
        )
      : null
    this.#items = h('ul', { className: 'list' })
    const more = h('button', { className: 'more', attrs: { type: 'button' } }, 'Show more')
    let next = page.next
    const add = (items: ControlHit[]) => {
      for (const control of items) this.#items?.append(renderItem(control, labels))
      more.hidden = next === null
    }
    more.addEventListener('click', () => {
      if (next === null) return
      const query = new URLSearchParams(params)
      query.set('cursor', next)
      api.get<ControlPage>('/v1/controls', query, signal).then(
        (nextPage) => {
          next = nextPage.next
          add(nextPage.items)
        },
        () => {
          more.textContent = 'Could not load more'
        },
      )
    })
    add(page.items)
    replaceChildren(
      body,
      back,
      page.total === 0 ? h('p', { className: 'empty' }, 'No controls.') : this.#items,
      more,
    )
  }
}

function setTotal(container: HTMLElement, total: number): void {
  const element = container.querySelector('.total')
  if (element) element.textContent = `${total} control${total === 1 ? '' : 's'}`
}

function renderItem(control: ControlHit, labels: Labels): HTMLLIElement {
  const topic = labels.topics.get(control.topic)?.title ?? control.topic
  // The first heading is the page title, shown as the topic already.
  const where = control.source.headingPath.slice(1).join(' › ')
  const programs = control.programs.map((p) => labels.programs.get(p) ?? p).join(', ')
  return h(
    'li',
    { attrs: { 'data-id': control.id } },
    h(
      'details',
      null,
      h(
        'summary',
        null,
        h(
          'span',
          { className: 'statement' },
          ...(control.snippet === undefined
            ? [control.statement]
            : highlightNodes(control.snippet)),
        ),
        h(
          'span',
          { className: 'meta' },
          h('span', { className: `badge owner-${control.owner}` }, OWNER_LABELS[control.owner]),
          h('span', { className: 'badge kind' }, KIND_LABELS[control.kind]),
        ),
      ),
      h(
        'dl',
        null,
        h('dt', null, 'Topic'),
        h('dd', null, topic),
        where ? h('dt', null, 'Section') : null,
        where ? h('dd', null, where) : null,
        h('dt', null, 'Source'),
        h('dd', null, h('code', null, `${control.source.file}:${control.source.line}`)),
        programs ? h('dt', null, 'Programs') : null,
        programs ? h('dd', null, programs) : null,
      ),
    ),
  )
}

if (!customElements.get('secgraph-controls')) {
  customElements.define('secgraph-controls', SecgraphControls)
}
