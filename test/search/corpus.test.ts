import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { test } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/index.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import type { SearchIndex } from '../../src/search/create-search-index.ts'
import { tokenize } from '../../src/search/tokenize.ts'
import { projectRoot, skipUnless, upstreamGuide as upstream } from '../support/shared-corpus.ts'

const upstreamSkip = skipUnless(upstream).skip

/** Search expectations that hold on any faithful rendering of the CloudHSM security chapter. */
function checkCorpus(graph: Graph, index: SearchIndex): void {
  const byId = new Map(graph.controls.map((control) => [control.id, control]))
  const statements = (q: string): string[] =>
    index.controls({ q }).map((hit) => byId.get(hit.id)?.statement ?? '')
  const programsOfFirst = (q: string): string[] => {
    const [first] = index.controls({ q })
    return byId.get(first?.id ?? '')?.programs ?? []
  }

  const encryp = statements('encryp')
  assert.ok(encryp.length > 0)
  assert.ok(
    encryp.some((s) => /encryption/i.test(s)) && encryp.some((s) => /encrypt(s|ed)\b/i.test(s)),
  )
  assert.match(statements('encryp')[0] ?? '', /encrypt/i)

  // Every control whose statement holds the word must be found through the typo.
  const foundThroughTypo = (typo: string, word: string): boolean => {
    const holders = graph.controls.filter((control) =>
      tokenize(control.statement).some((term) => term.startsWith(word)),
    )
    const found = new Set(index.controls({ q: typo }).map((hit) => hit.id))
    for (const holder of holders) assert.ok(found.has(holder.id), `${typo} finds ${holder.id}`)
    return holders.length > 0
  }
  assert.ok(foundThroughTypo('encrpytion', 'encryption'), 'the corpus speaks of encryption')
  foundThroughTypo('certifcate', 'certificate')
  foundThroughTypo('certifcates', 'certificates')

  for (const q of ['soc2', 'SOC 2', 'soc-2']) assert.ok(programsOfFirst(q).includes('soc-2'), q)
  for (const q of ['pci 3ds', 'PCI-3DS']) assert.ok(programsOfFirst(q).includes('pci-3ds'), q)
  assert.ok(programsOfFirst('fips 140-2').includes('fips-140-2'))

  // Filters combine: AND across, OR within, and only ever narrow the unfiltered ranking.
  const all = index.controls({ q: 'key' })
  const filtered = index.controls({
    q: 'key',
    filters: { owner: ['customer', 'shared'], kind: ['requirement', 'recommendation'] },
  })
  assert.ok(filtered.length > 0 && filtered.length < all.length)
  for (const hit of filtered) {
    const control = byId.get(hit.id)
    assert.ok(control && ['customer', 'shared'].includes(control.owner))
    assert.ok(['requirement', 'recommendation'].includes(control.kind))
  }
  assert.deepEqual(
    filtered,
    all.filter((hit) => filtered.some((f) => f.id === hit.id)),
  )
  const compliance = index.controls({ filters: { program: ['fips-140-2'] } })
  assert.ok(compliance.length > 0)
  assert.ok(compliance.every((hit) => byId.get(hit.id)?.programs.includes('fips-140-2')))
}

test('content/: typos, prefixes, aliases and filters find the expected controls', async () => {
  const graph = await buildGraph({ content: resolve(projectRoot, 'content') })
  checkCorpus(graph, createSearchIndex(graph))
})

test(
  'upstream CloudHSM guide: typos, prefixes, aliases and filters',
  { skip: upstreamSkip },
  async () => {
    const graph = await buildGraph({ content: upstream })
    checkCorpus(graph, createSearchIndex(graph))
  },
)

test('two builds of the same content search identically', { skip: upstreamSkip }, async () => {
  const [a, b] = await Promise.all([
    buildGraph({ content: upstream }),
    buildGraph({ content: upstream }),
  ])
  const [first, second] = [createSearchIndex(a), createSearchIndex(b)]
  for (const q of ['encryp', 'soc2', 'backup cluster', 'key', 'certifcate']) {
    assert.deepEqual(first.controls({ q }), second.controls({ q }), q)
    assert.deepEqual(first.search(q, undefined, 50), second.search(q, undefined, 50), q)
  }
})
