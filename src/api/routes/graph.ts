import { createMemo } from '../../support/create-memo.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { graphView } from '../views/graph-view.ts'

export const graphRoutes: RouteFactory = ({ index }) => {
  const memo = createMemo<Representation>(64)
  return [
    {
      path: '/v1/graph',
      narrowWith: ['service'],
      handle: ({ canonical, scope }) =>
        memo(canonical, () => json(graphView(index, scope.service))),
    },
  ]
}
