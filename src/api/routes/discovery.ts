import type { RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { apiIndex } from '../views/api-index.ts'
import { meta } from '../views/meta.ts'

/** `/v1` and `/v1/meta`: constant for a graph, so serialized once. */
export const discoveryRoutes: RouteFactory = ({ index }) => {
  const root = json(apiIndex(index.graph))
  const metaBody = json(meta(index))
  return [
    { path: '/v1', handle: () => root },
    { path: '/v1/meta', handle: () => metaBody },
  ]
}
