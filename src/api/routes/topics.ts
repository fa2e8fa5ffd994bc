import { HttpError } from '../http-error.ts'
import { createMemo } from '../../support/create-memo.ts'
import { onDemand } from '../on-demand.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { topicDetail, topicList, topicTree } from '../views/topics.ts'

export const topicRoutes: RouteFactory = ({ index }) => {
  const topics = index.graph.topics
  const memo = createMemo<Representation>(256)
  // Rendered on first request, not at start (see on-demand.ts).
  const details = onDemand<Representation>((id) => {
    const topic = index.topics.get(id)
    return topic && json(topicDetail(index, topic))
  })
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
        const detail = details(path.topicId ?? '')
        if (!detail) throw HttpError.notFound(`No topic with id '${path.topicId}'.`)
        return detail
      },
    },
  ]
}
