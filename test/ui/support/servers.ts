import { createServer } from 'node:http'
import type { RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { createApp } from '../../../src/api/create-app.ts'
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

/** The API with the UI in front of it, as `serve` would run it. */
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
  app.use(await mountUi(api, { assets: options.assets }))
  return serve(app)
}
