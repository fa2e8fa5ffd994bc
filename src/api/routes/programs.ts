import { HttpError } from '../http-error.ts'
import type { Representation, RouteFactory } from '../route.ts'
import { json } from '../route.ts'
import { onDemand } from '../on-demand.ts'
import { programDetail, programSummary } from '../views/programs.ts'

export const programRoutes: RouteFactory = ({ index }) => {
  const programs = index.graph.programs
  // Rendered on first request, not at start (see on-demand.ts).
  let list: Representation | undefined
  const details = onDemand<Representation>((id) => {
    const program = index.programs.get(id)
    return program && json(programDetail(index, program))
  })
  return [
    {
      path: '/v1/programs',
      handle: () =>
        (list ??= json({
          items: programs.map((p) => programSummary(index, p)),
          total: programs.length,
        })),
    },
    {
      path: '/v1/programs/{programId}',
      handle: ({ path }) => {
        const detail = details(path.programId ?? '')
        if (!detail) throw HttpError.notFound(`No program with id '${path.programId}'.`)
        return detail
      },
    },
  ]
}
