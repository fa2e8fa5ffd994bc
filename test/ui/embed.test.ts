import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { createResponsibilityMatrix } from '../../src/checklist/index.ts'
import type { Graph } from '../../src/model/graph.ts'
import { bundleUi } from '../../src/ui/bundle-ui.ts'
import type { UiAsset } from '../../src/ui/ui-assets.ts'
import type { Browser } from './support/browser.ts'
import { launchBrowser, skipWithoutChromium } from './support/browser.ts'
import { buildContentGraph, RESULTS_DIR } from './support/content-graph.ts'
import { startHostPage } from './support/host-page.ts'
import type { TestServer } from './support/servers.ts'
import { startUiServer } from './support/servers.ts'

let graph: Graph
let assets: UiAsset[]
let portal: TestServer
let api: TestServer
/** An API that allows some other origin only. */
let strangerApi: TestServer
let browser: Browser
let hostPage = { apiUrl: '', widgets: '' }

async function openPortal(widgets: string, apiUrl = api.url): Promise<Page> {
  hostPage = { apiUrl, widgets }
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 1000, height: 800 })
  await page.goto(`${portal.url}/`)
  return page
}

const count = (predicate: (c: Graph['controls'][number]) => boolean) =>
  graph.controls.filter(predicate).length

describe('<secgraph-controls> on another origin', { skip: skipWithoutChromium }, () => {
  before(async () => {
    graph = await buildContentGraph()
    assets = await bundleUi()
    portal = await startHostPage(() => hostPage)
    api = await startUiServer({ graph, assets, corsOrigins: [portal.url] })
    strangerApi = await startUiServer({ graph, assets, corsOrigins: ['http://127.0.0.1:9'] })
    browser = await launchBrowser()
    await mkdir(RESULTS_DIR, { recursive: true })
  })
  after(async () => {
    await browser?.close()
    await Promise.all([portal?.close(), api?.close(), strangerApi?.close()])
  })

  it('lists the controls of its scope through CORS, untouched by the host CSS', async () => {
    const service = graph.services[0]?.id as string
    const page = await openPortal(
      `<secgraph-controls id="w" api="${api.url}" service="${service}" owner="customer" ` +
        `heading="Your part" limit="5"></secgraph-controls>`,
    )
    const expected = graph.controls.filter((c) => c.service === service && c.owner === 'customer')
    const items = page.locator('#w .list > li')
    await items.first().waitFor()
    assert.equal(await page.locator('#w .total').textContent(), `${expected.length} controls`)
    assert.deepEqual(
      await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
      expected.slice(0, 5).map((c) => c.id),
    )
    // Rendered inside a shadow root: the host's selectors cannot reach it.
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('secgraph-controls li').length),
      0,
    )
    const style = await page
      .locator('#w .statement')
      .first()
      .evaluate((e) => {
        const s = getComputedStyle(e)
        return { color: s.color, font: s.fontFamily, spacing: s.letterSpacing, display: s.display }
      })
    assert.notEqual(style.color, 'rgb(255, 0, 0)')
    assert.doesNotMatch(style.font, /^serif$/)
    assert.equal(style.spacing, 'normal')
    assert.equal(style.display, 'block')
    assert.ok(await items.first().isVisible())
    // Details open with the keyboard (native <details>), showing the source.
    await items.first().locator('summary').focus()
    await page.keyboard.press('Enter')
    const first = expected[0]
    assert.ok(first)
    assert.equal(
      await items.first().locator('code').textContent(),
      `${first.source.file}:${first.source.line}`,
    )
    await page.locator('#w button.more').click()
    await page.waitForFunction(
      () =>
        (document.getElementById('w')?.shadowRoot?.querySelectorAll('.list > li').length ?? 0) > 5,
    )
    await page.locator('#w').screenshot({ path: join(RESULTS_DIR, 'widget-list.png') })
    await page.close()
  })

  it('takes the API origin from its script when `api` is left out, and follows attribute changes', async () => {
    const page = await openPortal(`<secgraph-controls id="w" kind="guarantee"></secgraph-controls>`)
    await page.locator('#w .list > li').first().waitFor()
    assert.equal(
      await page.locator('#w .total').textContent(),
      `${count((c) => c.kind === 'guarantee')} controls`,
    )
    await page.evaluate(() => {
      const widget = document.getElementById('w')
      widget?.setAttribute('kind', 'requirement')
      widget?.setAttribute('owner', 'customer')
    })
    const requirements = count((c) => c.kind === 'requirement' && c.owner === 'customer')
    await page.waitForFunction(
      (text) =>
        document.getElementById('w')?.shadowRoot?.querySelector('.total')?.textContent === text,
      `${requirements} controls`,
    )
    await page.close()
  })

  it('draws the matrix and lists a cell when clicked', async () => {
    const page = await openPortal(
      `<secgraph-controls id="m" api="${api.url}" view="matrix" heading="Who owns what">` +
        `</secgraph-controls>`,
    )
    await page.locator('#m .matrix').waitFor()
    const control = graph.controls.find((c) => c.owner === 'provider')
    assert.ok(control)
    const inCell = count((c) => c.topic === control.topic && c.owner === 'provider')
    const cell = page.locator(
      `#m .cell-button[data-topic="${control.topic}"][data-owner="provider"]`,
    )
    assert.equal(await cell.textContent(), String(inCell))
    await page.locator('#m').screenshot({ path: join(RESULTS_DIR, 'widget-matrix.png') })
    await page.screenshot({ path: join(RESULTS_DIR, 'widget-portal.png'), fullPage: true })
    await cell.click()
    await page.locator('#m .list > li').first().waitFor()
    assert.equal(
      await page.locator('#m .total').textContent(),
      `${inCell} control${inCell === 1 ? '' : 's'}`,
    )
    await page.locator('#m button.back').click()
    await page.locator('#m .matrix').waitFor()
    await page.close()
  })

  it('draws a baseline’s requirements × owners, narrowed by requirement', async () => {
    const service = graph.services[0]?.id as string
    const page = await openPortal(
      `<secgraph-controls id="r" api="${api.url}" view="matrix" service="${service}" ` +
        `baseline="FedRAMP Moderate" requirement="AC-2"></secgraph-controls>`,
    )
    await page.locator('#r .requirement-matrix').waitFor()
    const matrix = createResponsibilityMatrix(graph, {
      baseline: 'fedramp-moderate',
      services: [service],
      topics: [],
    })
    const expected = matrix.rows.filter(
      (r) => r.requirement.label === 'AC-2' || r.requirement.label.startsWith('AC-2('),
    )
    assert.deepEqual(
      await page
        .locator('#r .requirement-matrix tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-requirement'))),
      expected.map((r) => r.requirement.label),
    )
    assert.deepEqual(await page.locator('#r .requirement-matrix thead th').allTextContents(), [
      'Requirement',
      'Provider',
      'Customer',
      'Shared',
    ])
    const ac2 = expected[0]
    assert.ok(ac2)
    assert.deepEqual(
      await page
        .locator('#r tr[data-requirement="AC-2"] td[data-owner="customer"] li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
      ac2.customer.map((s) => s.control),
    )
    assert.equal(await page.locator('#r .total').textContent(), `${expected.length} requirements`)
    await page
      .locator('#r')
      .screenshot({ path: join(RESULTS_DIR, 'widget-requirement-matrix.png') })
    await page.close()
  })

  it('says so when the API does not allow the portal origin', async () => {
    const page = await openPortal(
      `<secgraph-controls id="w" api="${strangerApi.url}"></secgraph-controls>`,
      strangerApi.url,
    )
    const alert = page.locator('#w [role="alert"]')
    await alert.waitFor()
    assert.match(
      (await alert.textContent()) ?? '',
      /^Could not load controls from http:\/\/127\.0\.0\.1:\d+: /,
    )
    assert.equal(await page.locator('#w .list').count(), 0)
    await page.close()
  })
})
