import express from 'express'
import type { Express, RequestHandler } from 'express'
import type { CspOptions } from './content-security-policy.ts'
import { createUiRouter } from './create-ui-router.ts'
import { loadUiAssets } from './load-ui-assets.ts'
import type { UiAsset } from './ui-assets.ts'

export interface MountUiOptions extends CspOptions {
  /** Files to serve; by default `loadUiAssets()`. */
  assets?: readonly UiAsset[]
}

/**
 * An app serving the UI at `/`, `/app.js`, `/app.css`, `/embed.js` and `/docs` in front of the API app,
 * which answers everything else (its own 404s included). The UI sits outside the API so the
 * API's JSON-only policy (CSP `default-src 'none'`, bearer auth) does not apply to the page.
 */
export async function mountUi(api: RequestHandler, options: MountUiOptions = {}): Promise<Express> {
  const assets = options.assets ?? (await loadUiAssets())
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  app.use(createUiRouter({ ...options, assets }))
  app.use(api)
  return app
}
