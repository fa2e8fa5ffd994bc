import { createHash, randomBytes } from 'node:crypto'
import { Router } from 'express'
import type { Request, Response } from 'express'
import type { CspOptions } from './content-security-policy.ts'
import { apiReferencePolicy, contentSecurityPolicy } from './content-security-policy.ts'
import { renderApiReferencePage } from './render-api-reference-page.ts'
import type { UiAsset } from './ui-assets.ts'

export interface UiRouterOptions extends CspOptions {
  /** The files to serve (see `loadUiAssets` or `bundleUi`). */
  assets: readonly UiAsset[]
}

/** Weak comparison as RFC 9110 asks for If-None-Match. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*')
}

/**
 * Serves the page (`/`), its script and stylesheet and the web component (`/embed.js`) with strong
 * ETags and `no-cache` (file names carry no hash, so browsers revalidate, cheaply, with a 304).
 * The page gets a strict Content-Security-Policy of its own; `/embed.js` may be loaded by any site.
 * `/docs` is the API reference, a page made per request because its CSP carries a fresh nonce.
 */
export function createUiRouter(options: UiRouterOptions): Router {
  const router = Router({ strict: true, caseSensitive: true })
  const csp = contentSecurityPolicy(options)
  for (const asset of options.assets) {
    const etag = `"${createHash('sha256').update(asset.body).digest('hex').slice(0, 32)}"`
    const html = asset.contentType.startsWith('text/html')
    const embeddable = asset.path === '/embed.js'
    const headers: [string, string][] = [
      ['ETag', etag],
      ['Cache-Control', 'no-cache'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'no-referrer'],
      ['Cross-Origin-Resource-Policy', embeddable ? 'cross-origin' : 'same-origin'],
    ]
    if (html) {
      headers.push(['Content-Security-Policy', csp], ['Cross-Origin-Opener-Policy', 'same-origin'])
    }
    // Lets portals load the widget with <script crossorigin> (and SRI) too.
    if (embeddable) headers.push(['Access-Control-Allow-Origin', '*'])
    // Express answers HEAD with the GET handler; Node leaves the body out.
    router.get(asset.path, (req: Request, res: Response) => {
      for (const [name, value] of headers) res.setHeader(name, value)
      if (matches(req.headers['if-none-match'], etag)) {
        res.statusCode = 304
        res.end()
        return
      }
      res.setHeader('Content-Type', asset.contentType)
      res.setHeader('Content-Length', asset.body.length)
      res.end(asset.body)
    })
  }
  router.get('/docs', (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64')
    const body = Buffer.from(renderApiReferencePage(nonce))
    res.setHeader('Content-Security-Policy', apiReferencePolicy(nonce, options))
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    res.setHeader('Cache-Control', 'no-store') // a nonce must not be reused from a cache
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Length', body.length)
    res.end(body)
  })
  return router
}
