import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import express from 'express'
import type { Express } from 'express'
import { startingHandler } from '../../src/api/starting-handler.ts'
import { client, contract } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { makeChangeFeed } from './support/make-change-feed.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

/** A request that succeeds for each documented path (ids from the fixture). */
const EXAMPLES: Record<string, string> = {
  '/v1/services/{serviceId}': '/v1/services/vault',
  '/v1/topics/{topicId}': '/v1/topics/vault.data-protection',
  '/v1/controls/{controlId}': '/v1/controls/vault.compliance.soc-reports-ggg777',
  '/v1/programs/{programId}': '/v1/programs/pci-dss',
  '/v1/search': '/v1/search?q=keys',
  '/v1/controls': '/v1/controls?q=keys&facets=true&limit=2&program=fedramp-moderate,pci-dss',
  '/v1/requirements': '/v1/requirements?baseline=fedramp-moderate&facets=true&limit=2',
  '/v1/requirements/{requirementId}': '/v1/requirements/SC-28',
  '/v1/checklists': '/v1/checklists?service=vault&program=pci-dss',
  '/v1/export/oscal/component-definition': '/v1/export/oscal/component-definition?service=queue',
  '/v1/changes': '/v1/changes?limit=2',
}

const exampleFor = (path: string) => EXAMPLES[path] ?? path
const withQuery = (url: string, extra: string) => `${url}${url.includes('?') ? '&' : '?'}${extra}`

function expressPaths(app: Express): string[] {
  const router = (app as unknown as { router: { stack: { route?: { path: string } }[] } }).router
  return router.stack.flatMap((layer) => (layer.route ? [layer.route.path] : []))
}

describe('the OpenAPI document and the app agree', () => {
  // With a baseline, so the change feed answers; `noBaseline` below answers its 404.
  // The graph with requirement-level data, so requirement routes and `match` are exercised.
  const app = createTestApp({
    graph: createTestGraph({ example: 'vault', mapped: true }),
    changes: makeChangeFeed(),
  })
  const api = client(app)
  const checker = contract()

  it('documents every Express route, and every documented operation is a route', () => {
    const documented = checker.operations.map((o) => o.path.replace(/\{([^}]+)\}/g, ':$1'))
    const served = expressPaths(app)
    assert.deepEqual([...served].sort(), [...new Set(documented)].sort())
    assert.ok(
      checker.operations.every((o) => o.method === 'get'),
      'only GET operations are served',
    )
  })

  it('serves every documented path and status, each response matching its schema', async () => {
    const authed = client(createTestApp({ auth: { tokens: ['t'] } }))
    const noSearch = client(createTestApp({ search: undefined }))
    const noBaseline = client(createTestApp())
    // What `secgraph serve` answers between listening and having a graph.
    const starting = client(express().use(startingHandler))
    const failing = client(
      createTestApp({
        beforeRoutes: [
          () => {
            throw new Error('injected failure')
          },
        ],
      }),
    )
    for (const { path, statuses } of checker.operations) {
      const url = exampleFor(path)
      for (const status of statuses) {
        let res
        switch (status) {
          case '200':
            res = await api.get(url)
            // HEAD mirrors GET.
            assert.equal((await api.head(url)).status, 200)
            break
          case '304': {
            const etag = (await api.get(url)).headers.etag as string
            res = await api.get(url, { 'If-None-Match': etag })
            break
          }
          case '400':
            res = await api.get(withQuery(url, 'unknown=1'))
            break
          case '401':
            res = await authed.get(url)
            break
          case '404':
            // Paths with an id: an unknown id; the change feed: a server without a baseline.
            res = path.includes('{')
              ? await api.get(path.replace(/\{[^}]+\}/, 'no-such-id'))
              : await noBaseline.get(url)
            break
          case '406':
            // Not text/csv: checklists are served as CSV.
            res = await api.get(url, { Accept: 'image/png' })
            break
          case '500':
            res = await failing.get(url)
            break
          case '503':
            res =
              path === '/readyz'
                ? await starting.get(url)
                : await noSearch.get(path === '/v1/controls' ? '/v1/controls?q=keys' : url)
            break
          default:
            assert.fail(`no recipe for status ${status} of ${path}`)
        }
        assert.equal(String(res.status), status, `GET ${url} → ${res.status}, expected ${status}`)
      }
    }
    const missing = checker.operations.flatMap((o) =>
      o.statuses
        .map((s) => `${o.method.toUpperCase()} ${o.path} ${s}`)
        .filter((key) => !checker.seen.has(key)),
    )
    assert.deepEqual(missing, [])
  })

  it('every operation declares 400, 406 and 500, and /v1 operations 401', () => {
    for (const { path, statuses } of checker.operations) {
      for (const status of ['200', '304', '400', '406', '500']) {
        assert.ok(statuses.includes(status), `${path} lacks ${status}`)
      }
      assert.equal(statuses.includes('401'), path.startsWith('/v1'), `${path} 401`)
    }
  })
})
