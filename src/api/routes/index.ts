import type { RouteFactory } from '../route.ts'
import { changeRoutes } from './changes.ts'
import { checklistRoutes } from './checklists.ts'
import { controlRoutes } from './controls.ts'
import { discoveryRoutes } from './discovery.ts'
import { exportRoutes } from './export.ts'
import { graphRoutes } from './graph.ts'
import { operationRoutes } from './operations.ts'
import { programRoutes } from './programs.ts'
import { requirementRoutes } from './requirements.ts'
import { responsibilityRoutes } from './responsibilities.ts'
import { searchRoutes } from './search.ts'
import { serviceRoutes } from './services.ts'
import { topicRoutes } from './topics.ts'

/** Every resource's routes; a new resource adds its factory here and its paths to openapi.yaml. */
export const routeFactories: RouteFactory[] = [
  discoveryRoutes,
  serviceRoutes,
  topicRoutes,
  controlRoutes,
  programRoutes,
  requirementRoutes,
  responsibilityRoutes,
  searchRoutes,
  graphRoutes,
  checklistRoutes,
  exportRoutes,
  changeRoutes,
  operationRoutes,
]
