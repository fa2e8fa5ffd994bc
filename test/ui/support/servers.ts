import { createServer } from 'node:http'
import type { RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import type { Request, Response } from 'express'
import { createApp } from '../../../src/api/create-app.ts'
import { createChecklist, renderChecklist, validateScope } from '../../../src/checklist/index.ts'
import type { ChecklistFormat } from '../../../src/checklist/index.ts'
import type { Graph } from '../../../src/model/graph.ts'
import { createSearchIndex } from '../../../src/search/create-search-index.ts'
import { mountUi } from '../../../src/ui/mount-ui.ts'
import type { UiAsset } from '../../../src/ui/ui-assets.ts'

export interface TestServer {
  url: string
  close(): Promise<void>
}

/** Listens on 127.0.0.1 with a free port; `close` drops open connections too. */
export async function serve(app: RequestListener): Promise<TestServer> {
  const server = createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const FORMATS = new Set<string>(['json', 'markdown', 'csv', 'oscal'])

/**
 * Stand-in for the checklist route the API will get, with the URL shape the page links to:
 * `/v1/checklists?format=…&download=1&service=…`. Only in tests.
 */
function checklistRoute(graph: Graph) {
  return (req: Request, res: Response) => {
    const query = req.query as Record<string, string | string[] | undefined>
    const format = String(query.format ?? 'json')
    const scope = validateScope(graph, query)
    if (!FORMATS.has(format) || !scope.ok) {
      res.status(400).json({ title: 'Invalid parameters', status: 400 })
      return
    }
    const checklist = createChecklist(graph, scope.scope, { generatedAt: graph.builtAt })
    const rendered = renderChecklist(checklist, format as ChecklistFormat)
    if (query.download === '1') {
      res.setHeader('Content-Disposition', `attachment; filename="checklist${rendered.extension}"`)
    }
    res.setHeader('Content-Type', rendered.contentType)
    res.end(rendered.body)
  }
}

/** The API with the UI in front of it (and the test checklist route), as `serve` would run it. */
export async function startUiServer(options: {
  graph: Graph
  assets: readonly UiAsset[]
  corsOrigins?: string[]
}): Promise<TestServer> {
  const { graph } = options
  const api = createApp({
    graph,
    search: createSearchIndex(graph),
    cors: options.corsOrigins ? { origins: options.corsOrigins } : undefined,
  })
  const app = express()
  app.get('/v1/checklists', checklistRoute(graph))
  app.use(await mountUi(api, { assets: options.assets }))
  return serve(app)
}
