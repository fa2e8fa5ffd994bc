import { HttpError } from '../http-error.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { programDetail, programSummary } from '../views/programs.ts'

export const programRoutes: RouteFactory = ({ index }) => {
  const programs = index.graph.programs
  const list = json({
    items: programs.map((p) => programSummary(index, p)),
    total: programs.length,
  })
  const details = new Map<string, Representation>(
    programs.map((p) => [p.id, json(programDetail(index, p))]),
  )
  return [
    { path: '/v1/programs', handle: () => list },
    {
      path: '/v1/programs/{programId}',
      handle: ({ path }) => {
        const detail = details.get(path.programId ?? '')
        if (!detail) throw HttpError.notFound(`No program with id '${path.programId}'.`)
        return detail
      },
    },
  ]
}
