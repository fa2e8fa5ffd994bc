import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { before, describe, it } from 'node:test'
import { createApp } from '../../src/api/create-app.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { client } from './support/client.ts'
import type { Client } from './support/client.ts'

const projectRoot = resolve(new URL('../..', import.meta.url).pathname)
const guide = resolve(
  projectRoot,
  '..',
  'shared',
  'corpora',
  'aws-cloudhsm-user-guide',
  'doc_source',
)

interface Corpus {
  name: string
  skip: string | false
  build: () => Promise<Graph>
}

const corpora: Corpus[] = [
  {
    name: 'content/',
    skip: false,
    build: () => buildGraph({ content: resolve(projectRoot, 'content') }),
  },
  {
    name: 'upstream guide (chapter)',
    skip: existsSync(guide) ? false : `upstream corpus not found: ${guide}`,
    build: () => buildGraph({ content: guide }),
  },
  {
    name: 'upstream guide (all pages)',
    skip: existsSync(guide) ? false : `upstream corpus not found: ${guide}`,
    build: () => buildGraph({ content: guide, allPages: true }),
  },
]

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

for (const corpus of corpora) {
  describe(`API on ${corpus.name}`, { skip: corpus.skip }, () => {
    let graph: Graph
    let api: Client

    before(async () => {
      graph = await corpus.build()
      api = client(createApp({ graph, search: createSearchIndex(graph) }))
    })

    it('serves every node by id, each answer matching the document', async () => {
      assert.ok(graph.controls.length > 0)
      for (const s of graph.services)
        assert.equal((await api.get(`/v1/services/${s.id}`)).status, 200)
      for (const t of graph.topics) {
        const res = await api.get(`/v1/topics/${t.id}`)
        assert.equal(res.status, 200)
        assert.equal(res.body.controls.total, graph.controls.filter((c) => c.topic === t.id).length)
      }
      for (const p of graph.programs)
        assert.equal((await api.get(`/v1/programs/${p.id}`)).status, 200)
      for (const c of graph.controls) {
        const res = await api.get(`/v1/controls/${c.id}`)
        assert.equal(res.status, 200, c.id)
        assert.equal(res.body.references.length, c.references.length)
      }
      for (const url of [
        '/v1',
        '/v1/meta',
        '/v1/services',
        '/v1/topics',
        '/v1/topics?view=tree',
        '/v1/programs',
        '/v1/responsibilities',
        '/v1/graph',
      ]) {
        assert.equal((await api.get(url)).status, 200, url)
      }
    })

    it('the graph view connects every topic, section and control to its service', async () => {
      const view = (await api.get('/v1/graph')).body
      const contained = new Set(
        view.edges
          .filter((e: { type: string }) => e.type === 'contains')
          .map((e: { target: string }) => e.target),
      )
      const orphans = view.nodes.filter(
        (n: { id: string; type: string }) =>
          n.type !== 'service' && n.type !== 'program' && !contained.has(n.id),
      )
      assert.deepEqual(orphans, [])
    })

    it('the topic tree holds every topic once', async () => {
      const tree = (await api.get('/v1/topics?view=tree')).body
      const seen: string[] = []
      const walk = (nodes: { id: string; children: never[] }[]) => {
        for (const n of nodes) {
          seen.push(n.id)
          walk(n.children)
        }
      }
      walk(tree.items)
      assert.deepEqual([...seen].sort(), graph.topics.map((t) => t.id).sort())
    })

    it('pages through all controls without gaps or duplicates; facets add up', async () => {
      const ids: string[] = []
      let url: string | null = '/v1/controls?limit=7&facets=true'
      while (url) {
        const res = await api.get(url)
        ids.push(...res.body.items.map((c: { id: string }) => c.id))
        for (const facet of ['owner', 'kind', 'origin', 'topic', 'service']) {
          assert.equal(sum(res.body.facets[facet]), graph.controls.length, facet)
        }
        url = res.body.next ? `/v1/controls?limit=7&facets=true&cursor=${res.body.next}` : null
      }
      assert.deepEqual(
        ids,
        graph.controls.map((c) => c.id),
      )
    })

    it('the responsibility matrix accounts for every control', async () => {
      const res = await api.get('/v1/responsibilities')
      assert.equal(res.body.totals.total, graph.controls.length)
      const listed = res.body.rows.flatMap((r: { controls: Record<string, string[]> }) =>
        Object.values(r.controls).flat(),
      )
      assert.equal(new Set(listed).size, graph.controls.length)
    })

    it('search finds prefixes, one-typo words and program aliases', async () => {
      for (const q of ['encryp', 'encrpytion', 'certifcate', 'soc2', 'pci 3ds', 'FIPS']) {
        const controls = await api.get(`/v1/controls?q=${encodeURIComponent(q)}`)
        const search = await api.get(`/v1/search?q=${encodeURIComponent(q)}`)
        assert.equal(controls.status, 200)
        assert.ok(controls.body.total + search.body.total > 0, `nothing for ${q}`)
      }
      const hits = (await api.get('/v1/controls?q=encryption&limit=100')).body.items
      for (const hit of hits) assert.doesNotMatch(hit.snippet.replace(/<\/?mark>/g, ''), /[<>]/)
    })

    it('filters combine with AND across and OR within', async () => {
      const res = await api.get(
        '/v1/controls?owner=customer,shared&kind=requirement,recommendation&limit=100',
      )
      const expected = graph.controls.filter(
        (c) => c.owner !== 'provider' && (c.kind === 'requirement' || c.kind === 'recommendation'),
      )
      assert.equal(res.body.total, expected.length)
    })
  })
}
