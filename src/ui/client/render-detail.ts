/// <reference lib="dom" />
import type { ControlDetail, ControlRef } from './api-types.ts'
import type { Child } from './h.ts'
import { h } from './h.ts'
import { KIND_LABELS, OWNER_LABELS } from './labels.ts'
import { safeHttpUrl } from './safe-url.ts'

export interface DetailView {
  control: ControlDetail
  programName(id: string): string
  topicTitle(id: string): string
  onOpen(id: string): void
  onClose(): void
}

const MAX_RELATED = 8

function related(title: string, refs: ControlRef[], view: DetailView, where: boolean): Child {
  if (refs.length === 0) return null
  const hidden = refs.length - MAX_RELATED
  return h(
    'section',
    { className: 'related' },
    h('h3', null, title),
    h(
      'ul',
      null,
      ...refs.slice(0, MAX_RELATED).map((ref) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              className: 'link-button',
              attrs: { type: 'button', 'data-id': ref.id },
              on: { click: () => view.onOpen(ref.id) },
            },
            h('span', { className: `dot owner-${ref.owner}`, attrs: { 'aria-hidden': 'true' } }),
            ref.statement,
          ),
          where ? h('span', { className: 'where' }, ` ${view.topicTitle(ref.topic)}`) : null,
        ),
      ),
    ),
    hidden > 0 ? h('p', { className: 'where' }, `and ${hidden} more`) : null,
  )
}

function row(term: string, ...value: Child[]): Child[] {
  return [h('dt', null, term), h('dd', null, ...value)]
}

/** The detail card of one control: statement, facets, source and related controls. */
export function renderDetail(view: DetailView): HTMLElement {
  const c = view.control
  const source = `${c.source.file}:${c.source.line}:${c.source.column}`
  const programs = c.programs.map((p) => view.programName(p)).join(', ')
  return h(
    'article',
    { className: 'detail-card', attrs: { 'aria-labelledby': 'detail-title' } },
    h(
      'div',
      { className: 'detail-head' },
      h('h2', { attrs: { id: 'detail-title', tabindex: '-1' } }, 'Control'),
      h(
        'button',
        {
          className: 'close',
          attrs: { type: 'button', 'aria-label': 'Close the control detail' },
          on: { click: () => view.onClose() },
        },
        '×',
      ),
    ),
    h('p', { className: 'detail-statement' }, c.statement),
    h(
      'p',
      { className: 'meta' },
      h('span', { className: `badge owner-${c.owner}` }, OWNER_LABELS[c.owner]),
      h('span', { className: 'badge kind' }, KIND_LABELS[c.kind]),
      h(
        'span',
        { className: 'badge origin' },
        c.origin === 'annotated' ? 'Annotated' : `Inferred · ${Math.round(c.confidence * 100)} %`,
      ),
    ),
    h(
      'dl',
      { className: 'facts' },
      ...row('Service', c.context.service.name),
      ...row('Topic', c.context.topic.title),
      ...(c.context.section ? row('Section', c.context.section.title) : []),
      ...row('Source', h('code', { className: 'source' }, source)),
      ...row(
        'Heading path',
        h(
          'ol',
          { className: 'crumbs' },
          ...c.source.headingPath.map((title) => h('li', null, title)),
        ),
      ),
      ...(programs ? row('Programs', programs) : []),
      ...row('Id', h('code', null, c.id)),
    ),
    c.attestations.length > 0
      ? h(
          'section',
          null,
          h('h3', null, 'Attestations'),
          h(
            'ul',
            null,
            ...c.attestations.map((a) =>
              h(
                'li',
                null,
                [
                  view.programName(a.program),
                  a.level,
                  a.certificate && `certificate ${a.certificate}`,
                  a.since && `since ${a.since}`,
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
            ),
          ),
        )
      : null,
    c.references.length > 0
      ? h(
          'section',
          null,
          h('h3', null, 'References'),
          h(
            'ul',
            null,
            ...c.references.map((link) => {
              const url = link.kind === 'external' ? safeHttpUrl(link.href) : null
              return h(
                'li',
                null,
                url
                  ? h(
                      'a',
                      { attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } },
                      link.text || url,
                    )
                  : h('span', null, link.text || link.href),
                h('span', { className: 'where' }, ` ${link.href}`),
              )
            }),
          ),
        )
      : null,
    related('Same section', c.related.sameSection, view, false),
    related('Naming the same programs', c.related.samePrograms, view, true),
  )
}
