import type { RouteFactory } from '../route.ts'
import { json } from '../route.ts'

/** Probes and the document: open even when tokens are configured. */
export const operationRoutes: RouteFactory = ({ index, search, document }) => {
  const openapi = json(document)
  const health = json({ status: 'ok' })
  const ready = json({
    status: 'ready',
    search: search !== undefined,
    contentHash: index.graph.contentHash,
  })
  return [
    { path: '/openapi.json', open: true, handle: () => openapi },
    { path: '/healthz', open: true, cacheControl: 'no-store', handle: () => health },
    { path: '/readyz', open: true, cacheControl: 'no-store', handle: () => ready },
  ]
}
