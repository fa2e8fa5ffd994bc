import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'
import { bundleUi } from '../../src/ui/bundle-ui.ts'
import type { Browser } from './support/browser.ts'
import { launchBrowser, skipWithoutChromium } from './support/browser.ts'
import { startHostPage } from './support/host-page.ts'
import type { TestServer } from './support/servers.ts'
import { startUiServer } from './support/servers.ts'

// Every payload sets a window flag if it ever runs; escapes keep the markup in the text.
const TITLE = String.raw`Security in Evil \<img src=x onerror="window.__xss='title'"> Service`
const PAGE = `# ${TITLE}

You must rotate keys \`<script>window.__xss='code'</script>\` every year.

## Access \\<script>window.__xss='section'\\</script> & \\<img src=x onerror="window.__xss='heading'">

Customers are responsible for enabling MFA \\<img src=x onerror="window.__xss='statement'"> on every account.

AWS encrypts all data at rest \\<script>window.__xss='script'\\</script> with AES-256 &lt;b&gt;.
`

let dir: string
let graph: Graph
let server: TestServer
let portal: TestServer
let browser: Browser

/** Every text of the document and of open shadow roots, and every element name. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document]
    const names = new Set<string>()
    let text = ''
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i] as Document | ShadowRoot
      for (const element of root.querySelectorAll('*')) {
        names.add(element.localName)
        if (element.shadowRoot) roots.push(element.shadowRoot)
      }
      text += ` ${root instanceof Document ? root.body.textContent : root.textContent}`
    }
    return {
      flag: (window as unknown as { __xss?: unknown }).__xss,
      images: names.has('img'),
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      text,
    }
  })
}

describe('content is data', { skip: skipWithoutChromium }, () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'secgraph-xss-'))
    await mkdir(join(dir, 'evil'))
    await writeFile(join(dir, 'evil', 'security.md'), PAGE)
    graph = await buildGraph({ content: dir })
    portal = await startHostPage(() => ({
      apiUrl: server.url,
      widgets:
        `<secgraph-controls id="list" q="every"></secgraph-controls>` +
        `<secgraph-controls id="matrix" view="matrix"></secgraph-controls>`,
    }))
    server = await startUiServer({ graph, assets: await bundleUi(), corsOrigins: [portal.url] })
    // The page's CSP (Trusted Types, no inline script) would stop most of these on its own;
    // switching it off shows the page builds its DOM safely without that safety net.
    browser = await launchBrowser({ bypassCSP: true })
  })
  after(async () => {
    await browser?.close()
    await Promise.all([server?.close(), portal?.close()])
    await rm(dir, { recursive: true, force: true })
  })

  it('builds a graph whose statements and titles hold markup', () => {
    const texts = [
      ...graph.topics.map((t) => t.title),
      ...graph.sections.map((s) => s.title),
      ...graph.controls.map((c) => c.statement),
    ].join('\n')
    for (const payload of ['<img src=x onerror=', '<script>window.__xss=']) {
      assert.ok(texts.includes(payload), payload)
    }
    assert.ok(graph.controls.length >= 3)
  })

  it('shows markup from the content as text on the page, the detail and the matrix', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${server.url}/`)
    await page.waitForSelector('body.ready')
    // The search snippet path: highlights arrive as escaped HTML.
    await page.fill('#q', 'script img')
    await page.waitForSelector('#results mark')
    for (const control of graph.controls) {
      await page.fill('#q', '')
      await page.click(`#results .result-button[data-id="${control.id}"]`)
      await page.waitForFunction(
        (id) => document.querySelector('.detail-card code:not(.source)')?.textContent === id,
        control.id,
      )
      assert.equal(await page.textContent('.detail-statement'), control.statement)
    }
    await page.click('#tab-matrix')
    await page.waitForSelector('.matrix')
    const seen = await inspect(page)
    assert.equal(seen.flag, undefined, 'a payload ran')
    assert.equal(seen.images, false, 'an <img> was created from content')
    assert.deepEqual(seen.scripts, ['app.js'])
    const topic = graph.topics[0]?.title as string
    assert.ok(seen.text.includes(topic), 'the topic title is shown as text')
    assert.ok(seen.text.includes(graph.sections[0]?.title as string))
    await page.close()
  })

  it('shows markup from the content as text in the web component', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${portal.url}/`)
    await page.locator('#list .list > li').first().waitFor()
    await page.locator('#matrix .matrix').waitFor()
    for (const summary of await page.locator('#list summary').all()) await summary.click()
    const seen = await inspect(page)
    assert.equal(seen.flag, undefined, 'a payload ran')
    assert.equal(seen.images, false, 'an <img> was created from content')
    const statement = graph.controls.find((c) => c.statement.includes('<img'))?.statement
    assert.ok(statement && seen.text.includes(statement))
    assert.ok(seen.text.includes(graph.topics[0]?.title as string))
    await page.close()
  })
})
