import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSearchEngine } from '../../src/search/create-search-engine.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

test('with a query, filters are read from the FlexSearch tag index, one lookup per value', () => {
  const engine = createSearchEngine(createTestGraph({ example: 'search' }))
  const document = engine.controlIndex.document
  const original = document.search.bind(document)
  const tagLookups: unknown[] = []
  document.search = ((...args: Parameters<typeof original>) => {
    const [first] = args
    if (typeof first === 'object' && first !== null && 'tag' in first) tagLookups.push(first.tag)
    return original(...args)
  }) as typeof document.search
  const hits = engine.index.controls({
    q: 'rotate',
    filters: { owner: ['customer', 'shared'], kind: ['recommendation'] },
  })
  assert.deepEqual(
    hits.map((hit) => hit.id),
    ['rotate', 'keys-rotate'],
  )
  assert.deepEqual(tagLookups, [
    { owner: 'customer' },
    { owner: 'shared' },
    { kind: 'recommendation' },
  ])
  assert.deepEqual(
    engine.controlIndex.tagged('owner', 'shared'),
    [5, 7],
    'tag lists come back in document order',
  )
})
