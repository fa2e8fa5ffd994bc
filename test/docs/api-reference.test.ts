import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Express } from 'express'
import request from 'supertest'
import { createApp } from '../../src/api/create-app.ts'
import { loadOpenApiDocument } from '../../src/api/load-openapi-document.ts'
import type { Graph } from '../../src/model/graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { bundleUi } from '../../src/ui/bundle-ui.ts'
import { mountUi } from '../../src/ui/mount-ui.ts'
import type { UiAsset } from '../../src/ui/ui-assets.ts'
import type { Browser } from '../ui/support/browser.ts'
import { launchBrowser, skipWithoutChromium } from '../ui/support/browser.ts'
import { buildContentGraph, RESULTS_DIR } from '../ui/support/content-graph.ts'
import type { TestServer } from '../ui/support/servers.ts'
import { serve } from '../ui/support/servers.ts'

let graph: Graph
let assets: UiAsset[]
let app: Express

before(async () => {
  graph = await buildContentGraph()
  assets = await bundleUi()
  app = await mountUi(createApp({ graph, search: createSearchIndex(graph) }), { assets })
})

/** The one outside resource Redoc's bundle asks for; the page's CSP refuses it. */
const REDOCLY_LOGO = 'cdn.redoc.ly/redoc/logo-mini.svg'

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1]

describe('/docs, the API reference page', () => {
  it('is a page with no inline code, under a CSP whose only style exception is a fresh nonce', async () => {
    const first = await request(app).get('/docs').expect(200)
    assert.equal(first.headers['content-type'], 'text/html; charset=utf-8')
    assert.equal(first.headers['cache-control'], 'no-store')
    const csp = first.headers['content-security-policy'] ?? ''
    assert.match(csp, /default-src 'none'; script-src 'self'; style-src 'self' 'nonce-[^']+';/)
    assert.match(csp, /worker-src blob:; /)
    assert.match(csp, /frame-ancestors 'none'/)
    assert.doesNotMatch(csp, /unsafe|\*/)
    const nonce = nonceOf(csp)
    assert.ok(nonce && nonce.length >= 22, 'a nonce of 128 random bits')
    assert.ok(first.text.includes(`nonce="${nonce}"`), 'the script carries the CSP nonce')
    assert.doesNotMatch(first.text, /<script>|<style|style=|\son[a-z]+=/i)
    const second = await request(app).get('/docs').expect(200)
    assert.notEqual(nonceOf(second.headers['content-security-policy'] ?? ''), nonce)
  })

  it('serves Redoc and its starter script from our own origin', async () => {
    for (const path of ['/docs/redoc.standalone.js', '/docs/api-reference.js']) {
      const response = await request(app).get(path).expect(200)
      assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8')
      assert.equal(response.headers['cross-origin-resource-policy'], 'same-origin')
      assert.ok(Number(response.headers['content-length']) > 100, path)
    }
    const spec = await request(app).get('/openapi.json').expect(200)
    assert.equal(spec.body.openapi, '3.1.0')
  })
})

describe('/docs in a browser', { skip: skipWithoutChromium }, () => {
  let server: TestServer
  let browser: Browser
  before(async () => {
    server = await serve(app)
    browser = await launchBrowser()
    await mkdir(RESULTS_DIR, { recursive: true })
  })
  after(async () => {
    await browser?.close()
    await server?.close()
  })

  it('renders every operation of the OpenAPI document, with no CSP violation or outside request', async () => {
    const problems: string[] = []
    const blocked: string[] = []
    const page = await browser.context.newPage()
    // Redoc's menu shows the Redocly logo from Redocly's CDN; the CSP (img-src 'self' data:) stops
    // that request in the browser, and Redoc then hides the image. It is the only one allowed.
    const isRedoclyLogo = (text: string) => text.includes(REDOCLY_LOGO)
    page.on('console', (m) => {
      if (m.type() === 'error' && !isRedoclyLogo(m.text())) problems.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('requestfinished', (r) => {
      const url = r.url()
      if (!url.startsWith(`${server.url}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))
        problems.push(`external request: ${url}`)
    })
    page.on('requestfailed', (r) => {
      if (isRedoclyLogo(r.url())) blocked.push(r.url())
      else problems.push(`failed request: ${r.url()}`)
    })
    await page.goto(`${server.url}/docs`)

    // Every operation's summary, as the document states it, appears in the rendered reference.
    const openapi = loadOpenApiDocument()
    const summaries = Object.values(openapi.paths ?? {}).flatMap((item) =>
      item?.get?.summary ? [item.get.summary] : [],
    )
    assert.ok(summaries.length >= 10)
    const first = summaries[0] ?? ''
    await page.waitForFunction(
      (summary) =>
        [...document.querySelectorAll('#reference h2')].some(
          (h) => h.textContent?.trim() === summary,
        ),
      first,
      { timeout: 60_000 },
    )
    const text = await page.locator('#reference').innerText()
    const missing = summaries.filter((summary) => !text.includes(summary))
    assert.deepEqual(missing, [], 'operations missing from the rendered reference')

    // Redoc's injected styles were admitted by the nonce: its layout is in place.
    const styled = await page.evaluate(() => document.querySelectorAll('style[data-styled]').length)
    assert.ok(styled > 0, 'Redoc injected its styles')
    const menuWidth = await page
      .locator('.menu-content')
      .first()
      .evaluate((el) => el.clientWidth)
    assert.ok(menuWidth > 100 && menuWidth < 600, `side menu laid out (${menuWidth}px)`)

    await page.screenshot({ path: join(RESULTS_DIR, 'api-reference.png') })
    assert.deepEqual(problems, [])
    assert.ok(blocked.every(isRedoclyLogo))
    await page.close()
  })
})
