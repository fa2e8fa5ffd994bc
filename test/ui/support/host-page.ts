import express from 'express'
import type { TestServer } from './servers.ts'
import { serve } from './servers.ts'

/**
 * CSS a careless portal might ship: it would wreck any widget rendered in the light DOM
 * (hidden lists, red serif text, tables gone).
 */
export const HOSTILE_CSS = `
* { color: rgb(255, 0, 0) !important; font-family: serif !important; letter-spacing: 3px !important; }
ul, li, table, details, summary, button, dl { display: none !important; }
secgraph-controls { font-size: 30px; line-height: 3; margin: 12px; }
body { background: #fffbe6; padding: 8px 24px; }
`

/**
 * A portal page on its own origin embedding the widget from the API's origin, under a strict CSP.
 * `page` gives the API URL and the widgets' markup when the page is requested, so the API can be
 * started after the portal (it must know the portal's origin for CORS).
 */
export async function startHostPage(
  page: () => { apiUrl: string; widgets: string },
): Promise<TestServer> {
  const app = express()
  app.get('/', (_req, res) => {
    const { apiUrl, widgets } = page()
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; script-src ${apiUrl}; style-src 'self'; connect-src ${apiUrl}`,
    )
    res.type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Team portal</title>
<link rel="stylesheet" href="/host.css">
<script src="${apiUrl}/embed.js" defer></script>
</head><body><h1>Team portal</h1>${widgets}</body></html>`)
  })
  app.get('/host.css', (_req, res) => {
    res.type('css').send(HOSTILE_CSS)
  })
  return serve(app)
}
