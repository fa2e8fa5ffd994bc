import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createLazySearchIndex } from '../../src/search/create-lazy-search-index.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

describe('createLazySearchIndex', () => {
  it('builds nothing until the first query, then builds once and answers like the eager index', () => {
    const graph = createTestGraph({ example: 'vault' })
    let builds = 0
    const lazy = createLazySearchIndex(graph, (g) => {
      builds++
      return createSearchIndex(g)
    })
    assert.equal(builds, 0)
    assert.equal(lazy.built(), false)
    const eager = createSearchIndex(graph)
    assert.deepEqual(lazy.search('keys'), eager.search('keys'))
    assert.deepEqual(lazy.controls({ q: 'keys' }), eager.controls({ q: 'keys' }))
    assert.equal(lazy.highlight('rotate keys', 'keys'), eager.highlight('rotate keys', 'keys'))
    assert.equal(lazy.snippet('rotate keys', 'keys', 40), eager.snippet('rotate keys', 'keys', 40))
    assert.equal(builds, 1)
    assert.equal(lazy.built(), true)
  })

  it('warm() builds ahead of the first query, once', () => {
    let builds = 0
    const lazy = createLazySearchIndex(createTestGraph({ example: 'vault' }), (g) => {
      builds++
      return createSearchIndex(g)
    })
    lazy.warm()
    lazy.warm()
    assert.equal(builds, 1)
    assert.ok(lazy.search('keys').length > 0)
    assert.equal(builds, 1)
  })
})
