import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CONCEPTS, createCatalogIndex } from '../../../src/compile/map/index.ts'
import type { Concept } from '../../../src/compile/map/index.ts'
import { shippedMapper } from './support.ts'

const texts = [
  'Rotate the signing keys every year and keep the old ones for verification.',
  'Visitors sign in at the front desk and wear a badge.',
  'The service keeps a record of every change to the configuration.',
  'Cats and dogs.',
  ...(CONCEPTS as readonly Concept[]).flatMap((concept) => concept.examples).slice(0, 40),
]

test('catalog search: every requirement sharing a word, by similarity then id', async () => {
  const { catalog } = await shippedMapper()
  const index = createCatalogIndex(catalog)
  for (const text of texts) {
    const query = index.vector(text)
    const terms = [...query.keys()]
    const expected = [...catalog.texts.keys()]
      .map((id) => ({ id, score: index.similarity(query, id) }))
      .filter((match) => match.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    const all = index.search(text, catalog.texts.size)
    assert.deepEqual(
      all.map(({ id, score }) => ({ id, score })),
      expected,
      text,
    )
    for (const match of all) {
      // The shared words, in the query's order.
      const order = match.shared.map((term) => terms.indexOf(term))
      assert.ok(order.length > 0 && order.every((at, i) => at >= 0 && at > (order[i - 1] ?? -1)))
    }
    for (const limit of [0, 1, 3, 8])
      assert.deepEqual(index.search(text, limit), all.slice(0, limit), `${text} (${limit})`)
  }
})
