import { HttpError } from '../http-error.ts'
import { createMemo } from '../memo.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { topicDetail, topicList, topicTree } from '../views/topics.ts'

export const topicRoutes: RouteFactory = ({ index }) => {
  const topics = index.graph.topics
  const memo = createMemo<Representation>(256)
  const details = new Map<string, Representation>(
    topics.map((t) => [t.id, json(topicDetail(index, t))]),
  )
  // The unfiltered views are the hot ones: serialize them now.
  memo('view=flat', () => json(topicList(index, topics)))
  memo('view=tree', () => json(topicTree(index, topics)))
  return [
    {
      path: '/v1/topics',
      handle: ({ query, canonical, scope }) =>
        memo(canonical, () => {
          const services = scope.service
          const selected = services ? topics.filter((t) => services.includes(t.service)) : topics
          return json(
            query.view === 'tree' ? topicTree(index, selected) : topicList(index, selected),
          )
        }),
    },
    {
      path: '/v1/topics/{topicId}',
      handle: ({ path }) => {
        const detail = details.get(path.topicId ?? '')
        if (!detail) throw HttpError.notFound(`No topic with id '${path.topicId}'.`)
        return detail
      },
    },
  ]
}
