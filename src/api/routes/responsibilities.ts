import type { Owner } from '../../model/control.ts'
import { createMemo } from '../memo.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { canonicalQuery } from '../validate-request.ts'
import { responsibilityMatrix } from '../views/responsibilities.ts'

export const responsibilityRoutes: RouteFactory = ({ index }) => {
  const memo = createMemo<Representation>(256)
  memo('', () => json(responsibilityMatrix(index, {})))
  return [
    {
      path: '/v1/responsibilities',
      handle: ({ query }) =>
        memo(canonicalQuery(query), () =>
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
