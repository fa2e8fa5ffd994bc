import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  createLazySearchIndex,
  searchIndexSteps,
} from '../../src/search/create-lazy-search-index.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import type { Graph } from '../../src/model/graph.ts'
import type { Steps } from '../../src/support/run-steps.ts'
import type { SearchIndex } from '../../src/search/index.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

/** The default build, counting how many builds start and how many steps they take. */
function counted(): {
  build: (graph: Graph) => Steps<SearchIndex>
  builds(): number
  steps(): number
} {
  let builds = 0
  let steps = 0
  return {
    *build(graph) {
      builds++
      const inner = searchIndexSteps(graph)
      for (;;) {
        const next = inner.next()
        if (next.done) return next.value
        steps++
        yield
      }
    },
    builds: () => builds,
    steps: () => steps,
  }
}

/** A graph large enough that building its index takes many steps. */
function largeGraph(): Graph {
  const graph = createTestGraph({ example: 'vault' })
  const template = graph.controls[0]
  assert.ok(template)
  const controls = Array.from({ length: 3000 }, (_, i) => ({
    ...template,
    id: `${template.id}-${i}`,
    statement: `${template.statement} variant ${i} rotates key ${i % 97}`,
  }))
  return { ...graph, controls: [...graph.controls, ...controls] }
}

describe('createLazySearchIndex', () => {
  it('builds nothing until the first query, then builds once and answers like the eager index', () => {
    const graph = createTestGraph({ example: 'vault' })
    const count = counted()
    const lazy = createLazySearchIndex(graph, count.build)
    assert.equal(count.builds(), 0)
    assert.equal(lazy.built(), false)
    const eager = createSearchIndex(graph)
    assert.deepEqual(lazy.search('keys'), eager.search('keys'))
    assert.deepEqual(lazy.controls({ q: 'keys' }), eager.controls({ q: 'keys' }))
    assert.equal(lazy.highlight('rotate keys', 'keys'), eager.highlight('rotate keys', 'keys'))
    assert.equal(lazy.snippet('rotate keys', 'keys', 40), eager.snippet('rotate keys', 'keys', 40))
    assert.equal(count.builds(), 1)
    assert.equal(lazy.built(), true)
  })

  it('warm() builds ahead of the first query, once', () => {
    const count = counted()
    const lazy = createLazySearchIndex(createTestGraph({ example: 'vault' }), count.build)
    lazy.warm()
    lazy.warm()
    assert.equal(count.builds(), 1)
    assert.ok(lazy.search('keys').length > 0)
    assert.equal(count.builds(), 1)
  })

  it('ready() builds in slices, letting other events run between them', async () => {
    const graph = largeGraph()
    const count = counted()
    const lazy = createLazySearchIndex(graph, count.build)
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    try {
      // Slices of 0 ms: one step per turn of the event loop.
      const building = lazy.ready({ sliceMs: 0 })
      assert.equal(lazy.built(), false)
      await building
    } finally {
      clearInterval(timer)
    }
    assert.equal(lazy.built(), true)
    assert.equal(count.builds(), 1)
    assert.ok(count.steps() > 10, `${count.steps()} steps`)
    assert.ok(ticks > 0, 'a timer ran while the index was being built')
    assert.deepEqual(
      lazy.controls({ q: 'rotates' }),
      createSearchIndex(graph).controls({ q: 'rotates' }),
    )
    await lazy.ready()
    assert.equal(count.builds(), 1)
  })

  it('a query during ready() finishes the build and answers from the whole index', async () => {
    const graph = largeGraph()
    const count = counted()
    const lazy = createLazySearchIndex(graph, count.build)
    const building = lazy.ready()
    // Let a few slices run, then ask before the build is done.
    for (let i = 0; i < 3; i++) await new Promise((done) => setImmediate(done))
    assert.equal(lazy.built(), false)
    const eager = createSearchIndex(graph)
    assert.deepEqual(lazy.controls({ q: 'variant 2999' }), eager.controls({ q: 'variant 2999' }))
    assert.equal(lazy.built(), true)
    await building
    assert.equal(count.builds(), 1)
    assert.deepEqual(lazy.search('rotates'), eager.search('rotates'))
  })
})
