import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import request from 'supertest'
import type { Express } from 'express'
import { createApp } from '../../src/api/create-app.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { bundleUi } from '../../src/ui/bundle-ui.ts'
import { contentSecurityPolicy } from '../../src/ui/content-security-policy.ts'
import { loadUiAssets } from '../../src/ui/load-ui-assets.ts'
import { mountUi } from '../../src/ui/mount-ui.ts'
import type { UiAsset } from '../../src/ui/ui-assets.ts'

const root = new URL('../../', import.meta.url).pathname
let graph: Graph
let assets: UiAsset[]
let app: Express

before(async () => {
  graph = await buildGraph({ content: join(root, 'content') })
  assets = await bundleUi()
  app = await mountUi(createApp({ graph, search: createSearchIndex(graph) }), {
    assets,
    frameAncestors: ['https://portal.example.com'],
    connectSrc: ['https://api.example.com'],
  })
})

const TYPES = {
  '/': 'text/html; charset=utf-8',
  '/app.js': 'text/javascript; charset=utf-8',
  '/app.css': 'text/css; charset=utf-8',
  '/embed.js': 'text/javascript; charset=utf-8',
}

describe('UI router', () => {
  for (const [path, type] of Object.entries(TYPES)) {
    it(`serves ${path} as ${type} with a strong ETag and revalidation`, async () => {
      const response = await request(app).get(path).expect(200)
      assert.equal(response.headers['content-type'], type)
      const etag = response.headers.etag ?? ''
      assert.match(etag, /^"[0-9a-f]{32}"$/)
      assert.equal(response.headers['cache-control'], 'no-cache')
      assert.equal(response.headers['x-content-type-options'], 'nosniff')
      const asset = assets.find((a) => a.path === path)
      assert.equal(response.headers['content-length'], String(asset?.body.length))
      await request(app).get(path).set('If-None-Match', etag).expect(304)
      await request(app).get(path).set('If-None-Match', `W/${etag}`).expect(304)
      const head = await request(app).head(path).expect(200)
      assert.equal(head.headers.etag, etag)
      assert.equal(head.headers['content-type'], type)
    })
  }

  it('gives the page a strict CSP of its own with the configured origins', async () => {
    const response = await request(app).get('/').expect(200)
    const csp = response.headers['content-security-policy']
    assert.equal(
      csp,
      "default-src 'none'; script-src 'self'; style-src 'self'; " +
        "connect-src 'self' https://api.example.com; img-src 'self' data:; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors https://portal.example.com; " +
        "require-trusted-types-for 'script'; trusted-types 'none'",
    )
    assert.doesNotMatch(csp, /unsafe/)
    // No inline script or style in the page: the CSP would block it.
    assert.doesNotMatch(response.text, /<script>|<style|style=|\son[a-z]+=/i)
    assert.match(response.text, /<script src="app\.js" defer><\/script>/)
  })

  it('forbids framing by default', () => {
    assert.match(contentSecurityPolicy(), /frame-ancestors 'none'/)
    assert.match(contentSecurityPolicy(), /connect-src 'self';/)
  })

  it('lets any site load /embed.js but keeps the page script same-origin', async () => {
    const embed = await request(app).get('/embed.js').expect(200)
    assert.equal(embed.headers['cross-origin-resource-policy'], 'cross-origin')
    assert.equal(embed.headers['access-control-allow-origin'], '*')
    const script = await request(app).get('/app.js').expect(200)
    assert.equal(script.headers['cross-origin-resource-policy'], 'same-origin')
    assert.equal(script.headers['access-control-allow-origin'], undefined)
  })

  it('leaves every other path to the API', async () => {
    const meta = await request(app).get('/v1/meta').expect(200)
    assert.equal(meta.body.counts.controls, graph.controls.length)
    assert.match(meta.headers['content-security-policy'] ?? '', /default-src 'none'/)
    const missing = await request(app).get('/app.js/').expect(404)
    assert.equal(missing.headers['content-type'], 'application/problem+json; charset=utf-8')
    await request(app).get('/APP.JS').expect(404)
    await request(app).get('/index.html').expect(404)
    await request(app).post('/').expect(404)
  })

  it('bundles from source when run from source', async () => {
    const loaded = await loadUiAssets()
    assert.deepEqual(
      loaded.map((a) => [a.path, a.body.length]),
      assets.map((a) => [a.path, a.body.length]),
    )
    for (const asset of loaded) assert.ok(asset.body.length > 0, asset.path)
  })
})

describe('build-ui', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'secgraph-ui-build-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the minified bundles and prints their raw and gzip sizes', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/ui/build-ui.ts'), dir],
      { cwd: root },
    )
    for (const asset of assets) {
      const written = await readFile(join(dir, asset.file))
      assert.deepEqual(written, asset.body, asset.file)
      const gzip = gzipSync(written, { level: 9 }).length
      assert.match(
        stdout,
        new RegExp(`${asset.file.replace('.', '\\.')}\\s+${written.length}\\s+${gzip}\\n?`),
      )
    }
    const app = await readFile(join(dir, 'app.js'), 'utf8')
    assert.ok(!app.includes('\n  '), 'app.js is minified')
    assert.doesNotMatch(app, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
    const embed = await readFile(join(dir, 'embed.js'), 'utf8')
    assert.doesNotMatch(embed, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/)

    // What compiled code serves: the built files, read back as they are.
    const built = await loadUiAssets({ fromSource: false, dir })
    assert.deepEqual(
      built.map((a) => [a.path, a.contentType, a.body]),
      assets.map((a) => [a.path, a.contentType, a.body]),
    )
  })

  it('says how to fix missing bundles', async () => {
    await assert.rejects(loadUiAssets({ fromSource: false, dir: join(dir, 'nothing') }), {
      message: /the UI bundles are missing .*; run npm run build/,
    })
  })
})
