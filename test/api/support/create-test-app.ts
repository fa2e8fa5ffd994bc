import type { Express } from 'express'
import type { CreateAppOptions } from '../../../src/api/create-app.ts'
import { createApp } from '../../../src/api/create-app.ts'
import type { Graph } from '../../../src/model/graph.ts'
import { createSearchIndex } from '../../../src/search/create-search-index.ts'
import { createTestGraph } from '../../support/create-test-graph.ts'

/** The fixture graph served with a real search index; options override anything. */
export function createTestApp(
  options: Partial<CreateAppOptions> & { graph?: Graph } = {},
): Express {
  const graph = options.graph ?? createTestGraph({ example: 'vault' })
  return createApp({ search: createSearchIndex(graph), ...options, graph })
}
