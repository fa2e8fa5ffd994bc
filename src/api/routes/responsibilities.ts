import type { Owner } from '../../model/control.ts'
import { createMemo } from '../memo.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { responsibilityMatrix } from '../views/responsibilities.ts'

export const responsibilityRoutes: RouteFactory = ({ index }) => {
  const memo = createMemo<Representation>(256)
  return [
    {
      path: '/v1/responsibilities',
      handle: ({ query, canonical }) =>
        memo(canonical, () =>
          json(
            responsibilityMatrix(index, {
              services: query.service as string[] | undefined,
              owners: query.owner as Owner[] | undefined,
            }),
          ),
        ),
    },
  ]
}
