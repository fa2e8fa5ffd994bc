/** One file the UI serves, by URL path. */
export interface UiAsset {
  /** URL path, e.g. `/app.js`. */
  path: string
  /** File name under dist/ui/. */
  file: string
  contentType: string
  body: Buffer
}

/** The files of the UI: the page, its script and stylesheet, and the web component script. */
export const UI_FILES = [
  { path: '/', file: 'index.html', contentType: 'text/html; charset=utf-8' },
  { path: '/app.js', file: 'app.js', contentType: 'text/javascript; charset=utf-8' },
  { path: '/app.css', file: 'app.css', contentType: 'text/css; charset=utf-8' },
  { path: '/embed.js', file: 'embed.js', contentType: 'text/javascript; charset=utf-8' },
] as const
