import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { createResponsibilityMatrix } from '../../src/checklist/index.ts'
import type { Graph } from '../../src/model/graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import type { SearchIndex } from '../../src/search/create-search-index.ts'
import { bundleUi } from '../../src/ui/bundle-ui.ts'
import type { Browser } from './support/browser.ts'
import { launchBrowser, skipWithoutChromium } from './support/browser.ts'
import { buildContentGraph, RESULTS_DIR } from './support/content-graph.ts'
import type { TestServer } from './support/servers.ts'
import { startUiServer } from './support/servers.ts'

let graph: Graph
let search: SearchIndex
let server: TestServer
let browser: Browser
/** Problems seen by any page: console errors, uncaught exceptions, requests leaving our origin. */
const problems: string[] = []

async function openPage(path = '/', width = 1400, height = 900): Promise<Page> {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width, height })
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('request', (r) => {
    if (!r.url().startsWith(`${server.url}/`)) problems.push(`external request: ${r.url()}`)
  })
  await page.goto(`${server.url}${path}`)
  await page.waitForSelector('body.ready')
  return page
}

/** Waits until no refresh is running and the status line says `text`. */
async function waitForStatus(page: Page, text: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) =>
      !document.body.classList.contains('busy') &&
      new RegExp(source).test(document.getElementById('status')?.textContent ?? ''),
    text.source,
  )
  return (await page.textContent('#status')) ?? ''
}

const count = (predicate: (c: Graph['controls'][number]) => boolean) =>
  graph.controls.filter(predicate).length

describe('portal page', { skip: skipWithoutChromium }, () => {
  before(async () => {
    graph = await buildContentGraph()
    search = createSearchIndex(graph)
    server = await startUiServer({ graph, assets: await bundleUi() })
    browser = await launchBrowser()
    await mkdir(RESULTS_DIR, { recursive: true })
  })
  after(async () => {
    await browser?.close()
    await server?.close()
  })

  it('lists every control on load, with facet counts', async () => {
    const page = await openPage()
    await waitForStatus(page, new RegExp(`^${graph.controls.length} controls, showing 20$`))
    assert.equal(await page.locator('#results .result-button').count(), 20)
    for (const service of graph.services) {
      const label = page.locator(
        `.facet[data-facet="service"] li:has(input[value="${service.id}"])`,
      )
      assert.equal(
        await label.locator('.count').textContent(),
        String(count((c) => c.service === service.id)),
      )
    }
    await page.click('#more')
    await waitForStatus(page, new RegExp(`showing 40$`))
    assert.equal(await page.locator('#results .result-button').count(), 40)
    await page.close()
  })

  it('searches as you type, highlighting matches, and keeps the query in the URL', async () => {
    const page = await openPage()
    await page.fill('#q', 'encrypt')
    const expected = search.controls({ q: 'encrypt' }).length
    assert.ok(expected > 0)
    await waitForStatus(page, new RegExp(`^${expected} controls?`))
    const marks = await page.locator('#results .result-button mark').allTextContents()
    assert.ok(marks.length > 0)
    assert.ok(
      marks.every((m) => /encrypt/i.test(m)),
      marks.join('|'),
    )
    assert.match(page.url(), /\?q=encrypt$/)
    await page.fill('#q', 'zzzqqqxxx')
    await waitForStatus(page, /^No controls match/)
    await page.close()
  })

  it('filters by owner with counts that show what each choice gives', async () => {
    const page = await openPage()
    await page.check('#f-owner-customer')
    const customers = count((c) => c.owner === 'customer')
    await waitForStatus(page, new RegExp(`^${customers} controls`))
    const owners = await page.locator('#results .badge[class*="owner-"]').allTextContents()
    assert.ok(owners.length > 0 && owners.every((o) => o === 'Customer'), owners.join(','))
    // The owner group is counted without its own filter; the others within it.
    const providerCount = page.locator(
      '.facet[data-facet="owner"] li:has(#f-owner-provider) .count',
    )
    assert.equal(await providerCount.textContent(), String(count((c) => c.owner === 'provider')))
    const service = graph.services[0]?.id as string
    const serviceCount = page.locator(
      `.facet[data-facet="service"] li:has(input[value="${service}"]) .count`,
    )
    assert.equal(
      await serviceCount.textContent(),
      String(count((c) => c.owner === 'customer' && c.service === service)),
    )
    await page.check(`.facet[data-facet="service"] input[value="${service}"]`)
    await waitForStatus(
      page,
      new RegExp(`^${count((c) => c.owner === 'customer' && c.service === service)} controls`),
    )
    assert.match(page.url(), new RegExp(`service=${service}&owner=customer`))
    await page.click('#clear')
    await waitForStatus(page, new RegExp(`^${graph.controls.length} controls`))
    await page.close()
  })

  it('shows a control with its source, heading path and related controls', async () => {
    const page = await openPage()
    const first = graph.controls.find((c) => c.section !== null) ?? graph.controls[0]
    assert.ok(first)
    await page.fill('#q', first.statement.slice(0, 60))
    await page.waitForSelector(`#results .result-button[data-id="${first.id}"]`)
    await page.click(`#results .result-button[data-id="${first.id}"]`)
    await page.waitForSelector('.detail-card')
    const detail = page.locator('.detail-card')
    assert.equal(await detail.locator('.detail-statement').textContent(), first.statement)
    assert.equal(
      await detail.locator('code.source').textContent(),
      `${first.source.file}:${first.source.line}:${first.source.column}`,
    )
    assert.deepEqual(await detail.locator('.crumbs li').allTextContents(), first.source.headingPath)
    assert.match(page.url(), new RegExp(`control=${first.id.replace(/\./g, '\\.')}`))
    const related = detail.locator('.related .link-button').first()
    const relatedId = await related.getAttribute('data-id')
    assert.ok(relatedId)
    await related.click()
    await page.waitForFunction(
      (id) => document.querySelector('.detail-card code:not(.source)')?.textContent === id,
      relatedId,
    )
    const other = graph.controls.find((c) => c.id === relatedId)
    assert.equal(await detail.locator('.detail-statement').textContent(), other?.statement)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: join(RESULTS_DIR, 'page-desktop.png') })
    await page.close()
  })

  it('draws the responsibility matrix and filters the list from a cell', async () => {
    const page = await openPage()
    await page.click('#tab-matrix')
    await page.waitForSelector('.matrix')
    assert.match(page.url(), /tab=matrix/)
    const customer = graph.controls.find((c) => c.owner === 'customer')
    assert.ok(customer)
    const inCell = count((c) => c.topic === customer.topic && c.owner === 'customer')
    const cell = page.locator(`.cell-button[data-topic="${customer.topic}"][data-owner="customer"]`)
    assert.equal(await cell.textContent(), String(inCell))
    const totals = await page.locator('.matrix tfoot td').allTextContents()
    assert.deepEqual(totals, [
      String(count((c) => c.owner === 'provider')),
      String(count((c) => c.owner === 'customer')),
      String(count((c) => c.owner === 'shared')),
      String(graph.controls.length),
    ])
    await page.screenshot({ path: join(RESULTS_DIR, 'page-matrix.png'), fullPage: true })
    await cell.click()
    await waitForStatus(page, new RegExp(`^${inCell} controls?`))
    assert.equal(await page.isVisible('#panel-matrix'), false)
    const ids = await page
      .locator('#results .result-button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    assert.deepEqual(
      ids,
      graph.controls
        .filter((c) => c.topic === customer.topic && c.owner === 'customer')
        .slice(0, 20)
        .map((c) => c.id),
    )
    // The first result has the focus, so the keyboard continues from the list.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), ids[0])
    // Back on the matrix, the chosen cell is marked.
    await page.click('#tab-matrix')
    await page.waitForSelector('.cell-button[aria-pressed="true"]')
    assert.equal(
      await page.getAttribute('.cell-button[aria-pressed="true"]', 'data-topic'),
      customer.topic,
    )
    await page.close()
  })

  it('filters by requirement and by baseline, and draws the baseline’s requirements × owners', async () => {
    const inFamily = (c: Graph['controls'][number], id: string) =>
      c.requirements.some((m) => m.requirement === id || m.requirement.startsWith(`${id}.`))
    const sc28 = graph.controls.filter((c) => inFamily(c, 'nist-800-53-r5:sc-28'))
    assert.ok(sc28.length > 0, 'the content maps some controls to SC-28')
    const page = await openPage()
    await page.fill('#requirement', 'SC-28')
    await page.press('#requirement', 'Enter')
    await waitForStatus(page, new RegExp(`^${sc28.length} controls?`))
    assert.match(page.url(), /requirement=SC-28/)
    const shown = () =>
      page
        .locator('#results .result-button')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    assert.deepEqual(
      await shown(),
      sc28.slice(0, 20).map((c) => c.id),
    )

    // The baseline narrows by AND: controls mapped into FedRAMP Moderate.
    await page.fill('#requirement', '')
    await page.press('#requirement', 'Enter')
    await page.selectOption('#baseline', 'fedramp-moderate')
    const moderate = graph.controls.filter((c) => c.supports.includes('fedramp-moderate'))
    assert.ok(moderate.length > 0 && moderate.length < graph.controls.length)
    await waitForStatus(page, new RegExp(`^${moderate.length} controls?`))
    assert.match(page.url(), /baseline=fedramp-moderate/)
    assert.deepEqual(
      await shown(),
      moderate.slice(0, 20).map((c) => c.id),
    )
    // Downloads become the baseline's matrix: no owner, kind or program in the link.
    assert.equal(await page.textContent('.downloads-label'), 'Matrix')
    const href = new URL(
      (await page.getAttribute('.downloads a[data-format="csv"]', 'href')) ?? '',
      server.url,
    )
    assert.equal(href.searchParams.get('baseline'), 'fedramp-moderate')
    assert.equal(href.searchParams.get('service'), graph.services.map((s) => s.id).join(','))

    // The matrix tab: one row per requirement of the baseline, columns provider/customer/shared.
    await page.click('#tab-matrix')
    await page.waitForSelector('.requirement-matrix')
    const matrix = createResponsibilityMatrix(graph, {
      baseline: 'fedramp-moderate',
      services: graph.services.map((s) => s.id),
      topics: [],
    })
    assert.deepEqual(await page.locator('.requirement-matrix thead th').allTextContents(), [
      'Requirement',
      'Provider',
      'Customer',
      'Shared',
    ])
    const labels = await page
      .locator('.requirement-matrix tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-requirement')))
    assert.deepEqual(
      labels,
      matrix.rows.map((r) => r.requirement.label),
    )
    assert.ok(labels.indexOf('AC-2') < labels.indexOf('AC-2(1)'))
    assert.ok(labels.indexOf('AC-2(1)') < labels.indexOf('AC-17'))
    const addressed =
      matrix.rows.find((r) => r.customer.length > 0 && r.provider.length > 0) ??
      matrix.rows.find((r) => r.origination !== 'not-addressed')
    assert.ok(addressed)
    const row = page.locator(
      `.requirement-matrix tr[data-requirement="${addressed.requirement.label}"]`,
    )
    for (const owner of ['provider', 'customer', 'shared'] as const) {
      assert.deepEqual(
        await row
          .locator(`td[data-owner="${owner}"] [data-id]`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
        addressed[owner].map((s) => s.control),
        `${addressed.requirement.label} ${owner}`,
      )
    }
    const missing = matrix.rows.find((r) => r.origination === 'not-addressed')
    assert.ok(missing)
    assert.deepEqual(
      await page
        .locator(`.requirement-matrix tr[data-requirement="${missing.requirement.label}"] td`)
        .allTextContents(),
      ['Not addressed by the documentation'],
    )
    assert.equal(
      await page.locator('.requirement-matrix td.not-addressed').count(),
      matrix.totals.requirements - matrix.totals.addressed,
    )
    await page.screenshot({ path: join(RESULTS_DIR, 'page-requirement-matrix.png') })

    // A requirement narrows the rows: IA-2 keeps IA-2 and its enhancements.
    await page.fill('#requirement', 'ia-2')
    await page.press('#requirement', 'Enter')
    await page.waitForFunction(
      () => document.querySelectorAll('.requirement-matrix tbody tr').length < 20,
    )
    assert.deepEqual(
      await page
        .locator('.requirement-matrix tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-requirement'))),
      matrix.rows
        .map((r) => r.requirement.label)
        .filter((l) => l === 'IA-2' || l.startsWith('IA-2(')),
    )
    // A statement opens its control.
    const first = addressed.provider[0] ?? addressed.customer[0] ?? addressed.shared[0]
    assert.ok(first)
    await page.fill('#requirement', addressed.requirement.label)
    await page.press('#requirement', 'Enter')
    await page.click(`.requirement-matrix button[data-id="${first.control}"]`)
    await page.waitForSelector('#detail:not([hidden]) #detail-title')
    assert.equal(new URL(page.url()).searchParams.get('control'), first.control)
    await page.close()
  })

  it('downloads the checklist of the current filters in four formats', async () => {
    const service = graph.services[0]?.id as string
    const page = await openPage(`/?service=${service}&owner=customer`)
    await waitForStatus(page, /controls/)
    const expectations: [string, string, (body: string) => void][] = [
      ['markdown', `${service}-security-checklist.md`, (b) => assert.match(b, /^# /)],
      [
        'csv',
        `${service}-security-checklist.csv`,
        (b) => assert.match(b.split('\n')[0] ?? '', /,/),
      ],
      [
        'json',
        `${service}-security-checklist.json`,
        (b) => {
          const json = JSON.parse(b) as {
            header: { scope: { services: string[]; owners: string[] } }
          }
          assert.deepEqual(json.header.scope.services, [service])
          assert.deepEqual(json.header.scope.owners, ['customer'])
        },
      ],
      [
        'oscal',
        `${service}-security-checklist.oscal.json`,
        (b) => assert.ok('component-definition' in JSON.parse(b)),
      ],
    ]
    for (const [format, filename, check] of expectations) {
      const link = page.locator(`#downloads a[data-format="${format}"]`)
      const href = (await link.getAttribute('href')) ?? ''
      assert.match(
        href,
        new RegExp(
          `^/v1/checklists\\?service=${service}&owner=customer&format=${format}&download=1$`,
        ),
      )
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
      assert.equal(download.suggestedFilename(), filename)
      check(await readFile((await download.path()) as string, 'utf8'))
    }
    await page.close()
  })

  it('is usable with the keyboard alone', async () => {
    const page = await openPage()
    await waitForStatus(page, /controls/)
    // First stop: the skip link, then the search box.
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q')
    await page.keyboard.type('keys')
    await waitForStatus(page, new RegExp(`^${search.controls({ q: 'keys' }).length} controls?`))
    // Space toggles a filter checkbox; the focus stays on it after the list refreshes.
    await page.focus('#f-owner-provider')
    await page.keyboard.press('Space')
    const providers = search.controls({ q: 'keys', filters: { owner: ['provider'] } }).length
    await waitForStatus(page, new RegExp(`^${providers} controls?`))
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-owner-provider')
    // Focus is visible.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    )
    assert.notEqual(outline, 'none')
    // Arrow keys walk the results; Enter opens one and moves the focus to its detail.
    const ids = await page
      .locator('#results .result-button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    assert.ok(ids.length >= 2)
    await page.focus('#results .result-button')
    await page.keyboard.press('ArrowDown')
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), ids[1])
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'detail-title')
    assert.equal(await page.locator('.detail-card code:not(.source)').textContent(), ids[1])
    // Tab reaches the close button; Space closes and returns to the result.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.waitForFunction(() => document.getElementById('detail')?.hidden === true)
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), ids[1])
    // Escape closes the detail from anywhere inside it.
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'detail-title')
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => document.getElementById('detail')?.hidden === true)
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), ids[1])
    // Arrow keys switch tabs.
    await page.focus('#tab-controls')
    await page.keyboard.press('ArrowRight')
    await page.waitForSelector('.matrix')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-matrix')
    await page.focus('.cell-button')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => !document.getElementById('panel-controls')?.hidden)
    // Space on a download link downloads too.
    await page.focus('#downloads a[data-format="csv"]')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Space'),
    ])
    // No service ticked: the checklist names every service.
    const every = graph.services.map((s) => s.id).join('-')
    assert.equal(download.suggestedFilename(), `${every}-security-checklist.csv`)
    await page.close()
  })

  it('fits a narrow screen', async () => {
    const page = await openPage('/?q=key', 390, 844)
    await waitForStatus(page, /controls/)
    assert.equal(
      await page.evaluate(
        () => (document.getElementById('filters-box') as HTMLDetailsElement).open,
      ),
      false,
    )
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`)
    await page.screenshot({ path: join(RESULTS_DIR, 'page-narrow.png') })
    await page.click('#results .result-button')
    await page.waitForSelector('.detail-card')
    await page.click('#tab-matrix')
    await page.waitForSelector('.matrix')
    await page.screenshot({ path: join(RESULTS_DIR, 'page-narrow-matrix.png'), fullPage: true })
    // Every column of the matrix fits without scrolling sideways.
    assert.ok(
      await page.evaluate(() => {
        const box = document.getElementById('matrix') as HTMLElement
        return box.scrollWidth <= box.clientWidth
      }),
    )
    const detailOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    assert.ok(detailOverflow <= 0)
    await page.close()
  })

  it('made no external requests and logged no errors', () => {
    assert.deepEqual(problems, [])
  })
})
