import { HttpError } from '../http-error.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { serviceDetail, serviceSummary } from '../views/services.ts'

export const serviceRoutes: RouteFactory = ({ index }) => {
  const services = index.graph.services
  const list = json({
    items: services.map((s) => serviceSummary(index, s)),
    total: services.length,
  })
  const details = new Map<string, Representation>(
    services.map((s) => [s.id, json(serviceDetail(index, s))]),
  )
  return [
    { path: '/v1/services', handle: () => list },
    {
      path: '/v1/services/{serviceId}',
      handle: ({ path }) => {
        const detail = details.get(path.serviceId ?? '')
        if (!detail) throw HttpError.notFound(`No service with id '${path.serviceId}'.`)
        return detail
      },
    },
  ]
}
