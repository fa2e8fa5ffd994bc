import type { RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { apiIndex } from '../views/api-index.ts'
import { meta } from '../views/meta.ts'
import type { ReloadStatus } from '../../serve/index.ts'

/** `/v1` and `/v1/meta`: constant for a graph, so serialized once (meta again per reload status). */
export const discoveryRoutes: RouteFactory = ({ index, status, changes }) => {
  const root = json(apiIndex(index.graph, { changes: changes !== undefined }))
  const base = meta(index)
  const metaBody = json(base)
  // The status object is replaced on each reload attempt: serialize once per status.
  let seen: ReloadStatus | null = null
  let withStatus = metaBody
  const metaRoute = status
    ? {
        path: '/v1/meta',
        volatile: true,
        handle: () => {
          const now = status()
          if (now !== seen) {
            seen = now
            withStatus = json({ ...base, reload: now })
          }
          return withStatus
        },
      }
    : { path: '/v1/meta', handle: () => metaBody }
  return [{ path: '/v1', handle: () => root }, metaRoute]
}
