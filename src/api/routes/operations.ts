import type { RouteFactory } from '../route.ts'
import { json } from '../route.ts'

/** Probes and the document: open even when tokens are configured. */
export const operationRoutes: RouteFactory = ({ index, search, document, status }) => {
  const openapi = json(document)
  const health = json({ status: 'ok' })
  const readiness = {
    status: 'ready',
    search: search !== undefined,
    contentHash: index.graph.contentHash,
  }
  const ready = json(readiness)
  return [
    { path: '/openapi.json', open: true, handle: () => openapi },
    { path: '/healthz', open: true, cacheControl: 'no-store', handle: () => health },
    status
      ? {
          // Still ready after a failed reload: the last good graph serves; the body says what failed.
          path: '/readyz',
          open: true,
          cacheControl: 'no-store',
          volatile: true,
          handle: () => json({ ...readiness, reload: status() }),
        }
      : { path: '/readyz', open: true, cacheControl: 'no-store', handle: () => ready },
  ]
}
