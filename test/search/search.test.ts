import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from '../../src/search/create-search-engine.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import type { SearchHit } from '../../src/search/create-search-index.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const index = createSearchIndex(createTestGraph({ example: 'search' }))
const keys = (hits: SearchHit[]): string[] => hits.map((hit) => `${hit.type}:${hit.id}`)

test('topics, sections and controls are found in one ranked list', () => {
  const hits = index.search('encryption')
  assert.deepEqual(keys(hits).slice(0, 2), ['section:svc.data-protection.rest', 'control:tls'])
  assert.ok(keys(hits).includes('control:backups'))
  assert.ok(keys(index.search('compliance')).includes('topic:svc.compliance'))
  for (let i = 1; i < hits.length; i++) {
    assert.ok((hits[i - 1] as SearchHit).score >= (hits[i] as SearchHit).score)
  }
})

test('equal scores rank topic, then section, then control, then document order', () => {
  const graph = createTestGraph({
    topics: [
      { id: 'svc.b', title: 'Widgets' },
      { id: 'svc.a', title: 'Widgets' },
    ],
    sections: [{ id: 'svc.b.widgets', title: 'Widgets', topic: 'svc.a' }],
    controls: [{ statement: 'Widgets' }, { statement: 'Widgets' }],
  })
  const hits = createSearchIndex(graph).search('widgets')
  assert.deepEqual(keys(hits), [
    'topic:svc.b',
    'topic:svc.a',
    'section:svc.b.widgets',
    'control:svc.b.c1',
    'control:svc.b.c2',
  ])
})

test('types restrict the node types searched', () => {
  const hits = index.search('encryption', ['control'])
  assert.ok(hits.length > 0 && hits.every((hit) => hit.type === 'control'))
  assert.deepEqual(keys(index.search('compliance', ['topic'])), ['topic:svc.compliance'])
  assert.deepEqual(index.search('encryption', []), index.search('encryption'))
})

test('limit caps the list; bad limits fall back to the default', () => {
  const graph = createTestGraph({
    controls: Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, statement: 'Widget' })),
  })
  const many = createSearchIndex(graph)
  assert.equal(many.search('widget', undefined, 3).length, 3)
  assert.equal(many.search('widget').length, DEFAULT_SEARCH_LIMIT)
  assert.equal(many.search('widget', undefined, Number.NaN).length, DEFAULT_SEARCH_LIMIT)
  assert.equal(many.search('widget', undefined, -1).length, DEFAULT_SEARCH_LIMIT)
  assert.equal(many.search('widget', undefined, 0).length, 0)
  assert.equal(many.search('widget', undefined, 1e9).length, 40)
  assert.ok(MAX_SEARCH_LIMIT >= 100)
})

test('empty or symbol-only queries find nothing', () => {
  assert.deepEqual(index.search(''), [])
  assert.deepEqual(index.search('   '), [])
  assert.deepEqual(index.search('%%%'), [])
})
