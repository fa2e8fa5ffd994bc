import type { NodeType } from '../../search/index.ts'
import { HttpError } from '../http-error.ts'
import { createMemo } from '../../support/create-memo.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'

const ALL_TYPES: NodeType[] = ['topic', 'section', 'control']

export const searchRoutes: RouteFactory = ({ index, search }) => {
  const memo = createMemo<Representation>(512)
  const describe = (type: NodeType, id: string): { title: string; href: string } | null => {
    if (type === 'topic') {
      const topic = index.topics.get(id)
      return topic ? { title: topic.title, href: `/v1/topics/${encodeURIComponent(id)}` } : null
    }
    if (type === 'section') {
      const section = index.sections.get(id)
      return section
        ? { title: section.title, href: `/v1/topics/${encodeURIComponent(section.topic)}` }
        : null
    }
    const control = index.controls.get(id)
    return control
      ? { title: control.statement, href: `/v1/controls/${encodeURIComponent(id)}` }
      : null
  }
  return [
    {
      path: '/v1/search',
      handle: ({ query, canonical }) => {
        if (!search)
          throw new HttpError('searchUnavailable', 'This server runs without a search index.')
        return memo(canonical, () => {
          const q = query.q as string
          const requested = query.type as NodeType[] | undefined
          const types = requested ? ALL_TYPES.filter((t) => requested.includes(t)) : ALL_TYPES
          const items = []
          for (const hit of search.search(q, types, query.limit as number)) {
            const node = describe(hit.type, hit.id)
            if (!node) continue
            const score = Number.isFinite(hit.score) ? hit.score : 0
            items.push({
              type: hit.type,
              id: hit.id,
              score,
              ...node,
              snippet: search.highlight(node.title, q),
            })
          }
          return json({ q, types, items, total: items.length })
        })
      },
    },
  ]
}
