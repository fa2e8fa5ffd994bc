import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import request from 'supertest'
import { checklistPath, createRequestMix } from '../../bench/support/request-mix.ts'
import { median, percentile } from '../../bench/support/stats.ts'
import { summarizeCpuProfile } from '../../bench/support/summarize-cpu-profile.ts'
import { createApp } from '../../src/api/create-app.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

describe('bench stats', () => {
  it('median takes the middle value, or the mean of the two middle ones', () => {
    assert.equal(median([3, 1, 2]), 2)
    assert.equal(median([4, 1, 3, 2]), 2.5)
    assert.ok(Number.isNaN(median([])))
  })

  it('percentile is nearest-rank over sorted values', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => i + 1)
    assert.equal(percentile(values, 50), 50)
    assert.equal(percentile(values, 99), 99)
    assert.equal(percentile(values, 100), 100)
    assert.equal(percentile(Float64Array.of(7), 99), 7)
    assert.ok(Number.isNaN(percentile(new Float64Array(0), 99)))
  })
})

describe('summarizeCpuProfile', () => {
  const file = (path: string) => `file://${resolve(projectRoot, path)}`
  // root → handler (src/api) → stringify (node_modules/pkg) ; root → (idle) ; root → (garbage collector)
  const profile = {
    nodes: [
      {
        id: 1,
        callFrame: { functionName: '(root)', url: '', lineNumber: -1 },
        children: [2, 4, 5],
      },
      {
        id: 2,
        callFrame: { functionName: 'handler', url: file('src/api/x.ts'), lineNumber: 0 },
        children: [3],
      },
      {
        id: 3,
        callFrame: {
          functionName: 'stringify',
          url: file('node_modules/@scope/pkg/index.js'),
          lineNumber: 9,
        },
      },
      { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
      { id: 5, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    ],
    // 2 samples in handler itself, 1 in stringify, 1 in GC, 4 idle.
    samples: [2, 2, 3, 5, 4, 4, 4, 4],
  }
  const summary = summarizeCpuProfile(profile)
  const fn = (prefix: string) => summary.functions.find((f) => f.name.startsWith(prefix))

  it('reports idle over all samples and the rest over busy samples', () => {
    assert.equal(summary.idle, 50)
    assert.equal(fn('handler')?.self, 50)
    assert.equal(fn('handler')?.inclusive, 75)
    assert.equal(fn('stringify')?.self, 25)
    assert.equal(fn('(garbage collector)')?.self, 25)
    assert.equal(fn('(idle)'), undefined)
  })

  it('names areas by project file or package', () => {
    assert.equal(fn('handler')?.name, 'handler src/api/x.ts')
    assert.equal(fn('stringify')?.name, 'stringify @scope/pkg:10')
    assert.deepEqual(
      summary.areas.map((a) => [a.area, a.self]),
      [
        ['src/api/x.ts', 50],
        ['@scope/pkg', 25],
        ['(garbage collector)', 25],
      ],
    )
  })
})

describe('request mix', () => {
  it('draws ids and the most cited program from the graph', () => {
    const graph = createTestGraph({
      controls: [
        { id: 'svc.security.a', statement: 'Encrypt data at rest.', programs: ['soc-2'] },
        { id: 'svc.security.b', statement: 'Rotate keys.', programs: ['pci-dss', 'soc-2'] },
        { id: 'svc.security.c', statement: 'Back up the cluster.', programs: [] },
      ],
    })
    const mix = createRequestMix(graph)
    const gets = mix.filter((m) => m.kind === 'get').map((m) => m.path)
    assert.deepEqual(gets, [
      '/v1/controls/svc.security.a',
      '/v1/controls/svc.security.b',
      '/v1/controls/svc.security.b',
    ])
    assert.ok(mix.some((m) => m.path === '/v1/controls?facets=true&program=soc-2'))
    assert.deepEqual(new Set(mix.map((m) => m.kind)), new Set(['list', 'search', 'get', 'facets']))
    assert.match(
      checklistPath(graph),
      /^\/v1\/checklists\?service=[\w-]+&program=soc-2&general=false$/,
    )
  })

  it('every path of the mix answers 200 from the app on content/', async () => {
    const graph = await buildGraph({ content: resolve(projectRoot, 'content') })
    const app = createApp({ graph, search: createSearchIndex(graph) })
    for (const { path } of createRequestMix(graph)) {
      const response = await request(app).get(path).set('Accept', 'application/json')
      assert.equal(response.status, 200, `${path}: ${JSON.stringify(response.body)}`)
    }
  })
})
