/** One file the UI serves, by URL path. */
export interface UiAsset {
  /** URL path, e.g. `/app.js`. */
  path: string
  /** File name under dist/ui/. */
  file: string
  contentType: string
  body: Buffer
}

/**
 * The files of the UI: the page, its script and stylesheet, the web component script, and the two
 * scripts of the API reference page (`/docs`, rendered per request): Redoc's standalone bundle and
 * ours that starts it.
 */
export const UI_FILES = [
  { path: '/', file: 'index.html', contentType: 'text/html; charset=utf-8' },
  { path: '/app.js', file: 'app.js', contentType: 'text/javascript; charset=utf-8' },
  { path: '/app.css', file: 'app.css', contentType: 'text/css; charset=utf-8' },
  { path: '/embed.js', file: 'embed.js', contentType: 'text/javascript; charset=utf-8' },
  {
    path: '/docs/redoc.standalone.js',
    file: 'redoc.standalone.js',
    contentType: 'text/javascript; charset=utf-8',
  },
  {
    path: '/docs/api-reference.js',
    file: 'api-reference.js',
    contentType: 'text/javascript; charset=utf-8',
  },
] as const
