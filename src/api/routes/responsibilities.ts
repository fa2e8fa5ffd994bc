import { createMemo } from '../../support/create-memo.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { responsibilityMatrix } from '../views/responsibilities.ts'

export const responsibilityRoutes: RouteFactory = ({ index }) => {
  const memo = createMemo<Representation>(256)
  return [
    {
      path: '/v1/responsibilities',
      handle: ({ canonical, scope }) =>
        memo(canonical, () =>
          json(
            responsibilityMatrix(index, {
              services: scope.service,
              owners: scope.owner,
            }),
          ),
        ),
    },
  ]
}
