import { fileURLToPath } from 'node:url'
import { buildGraph } from '../../../src/compile/build-graph.ts'
import type { Graph } from '../../../src/model/graph.ts'

/** The project's own content (two services), as `npm start` serves it. */
export function buildContentGraph(): Promise<Graph> {
  return buildGraph({ content: fileURLToPath(new URL('../../../content', import.meta.url)) })
}

/** Where screenshots go (gitignored; CI keeps them as artifacts). */
export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results', import.meta.url))
