import { HttpError } from '../http-error.ts'
import { onDemand } from '../on-demand.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { serviceDetail, serviceSummary } from '../views/services.ts'

export const serviceRoutes: RouteFactory = ({ index }) => {
  const services = index.graph.services
  const list = json({
    items: services.map((s) => serviceSummary(index, s)),
    total: services.length,
  })
  const details = onDemand<Representation>((id) => {
    const service = index.services.get(id)
    return service && json(serviceDetail(index, service))
  })
  return [
    { path: '/v1/services', handle: () => list },
    {
      path: '/v1/services/{serviceId}',
      handle: ({ path }) => {
        const detail = details(path.serviceId ?? '')
        if (!detail) throw HttpError.notFound(`No service with id '${path.serviceId}'.`)
        return detail
      },
    },
  ]
}
