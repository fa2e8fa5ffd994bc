import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { CONTROL_KINDS, ORIGINS, OWNERS } from '../../src/model/index.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import type { ControlFilters, NodeType } from '../../src/search/create-search-index.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'search' })
const index = createSearchIndex(graph)
const byId = new Map(graph.controls.map((control) => [control.id, control]))

// Query text mixing words of the graph, typos, regex metacharacters, HTML and arbitrary unicode.
const words = ['encryption', 'encrpytion', 'keys', 'soc2', 'PCI-3DS', 'rotate', '__proto__', 'the']
const query = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 8 })
    .map((parts) => parts.join(' ')),
  fc.constantFrom('', ' ', '.*', '(?:', '\\', '<mark>', '&amp;', 'constructor', '\u0000', '\ud800'),
)
const pick = <T>(values: readonly T[]) => fc.subarray([...values])
const filters: fc.Arbitrary<ControlFilters> = fc.record(
  {
    owner: pick(OWNERS),
    kind: pick(CONTROL_KINDS),
    origin: pick(ORIGINS),
    program: pick(['pci-dss', 'soc-2', 'pci-3ds', 'fips-140-2', 'unknown']),
    topic: pick(graph.topics.map((topic) => topic.id)),
    service: pick(['svc', 'other', '__proto__']),
  },
  { requiredKeys: [] },
)

const passes = (id: string, f: ControlFilters): boolean => {
  const control = byId.get(id)
  if (!control) return false
  const ok = (values: readonly string[] | undefined, actual: readonly string[]): boolean =>
    !values || values.length === 0 || values.some((value) => actual.includes(value))
  return (
    ok(f.owner, [control.owner]) &&
    ok(f.kind, [control.kind]) &&
    ok(f.origin, [control.origin]) &&
    ok(f.program, control.programs) &&
    ok(f.topic, [control.topic]) &&
    ok(f.service, [control.service])
  )
}

test('controls() never throws and returns a filter-consistent, ranked subset', () => {
  fc.assert(
    fc.property(query, filters, (q, f) => {
      const hits = index.controls({ q, filters: f })
      const unfiltered = index.controls({ q })
      const expected = unfiltered.filter((hit) => passes(hit.id, f))
      assert.deepEqual(hits, expected)
      assert.equal(new Set(hits.map((hit) => hit.id)).size, hits.length)
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1], hits[i]]
        assert.ok(a && b && a.score >= b.score)
      }
    }),
    { numRuns: 300 },
  )
})

test('search() never throws and respects types and limit', () => {
  const types = fc.subarray<NodeType>(['topic', 'section', 'control'])
  fc.assert(
    fc.property(query, types, fc.integer({ min: 0, max: 50 }), (q, t, limit) => {
      const hits = index.search(q, t, limit)
      assert.ok(hits.length <= limit)
      const allowed = t.length > 0 ? t : ['topic', 'section', 'control']
      assert.ok(hits.every((hit) => allowed.includes(hit.type)))
    }),
    { numRuns: 300 },
  )
})

test('highlight() output holds no markup other than <mark> and </mark>', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), query, (text, q) => {
      for (const html of [index.highlight(text, q), index.snippet(text, q, 80)]) {
        const stripped = html.replace(/<\/?mark>/g, '')
        assert.ok(!/[<>"']/.test(stripped), html)
        assert.ok(!/&(?!(amp|lt|gt|quot|#39);)/.test(stripped), html)
      }
      // Removing the marks and unescaping gives the text back.
      const plain = index
        .highlight(text, q)
        .replace(/<\/?mark>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
      assert.equal(plain, text)
    }),
    { numRuns: 300 },
  )
})

test('text marked by highlight() for a query word contains that word', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('encryption', 'keys', 'rotate', 'data'),
      fc.string(),
      (word, noise) => {
        const html = index.highlight(`${noise} ${word.toUpperCase()} ${noise}`, word)
        assert.ok(html.includes(`<mark>${word.toUpperCase()}</mark>`), html)
      },
    ),
  )
})
