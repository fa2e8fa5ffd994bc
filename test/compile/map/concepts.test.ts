import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CONCEPTS, findConcepts } from '../../../src/compile/map/index.ts'
import type { Concept } from '../../../src/compile/map/index.ts'
import { base, local, shippedMapper } from './support.ts'

const concepts = CONCEPTS as readonly Concept[]

test('the concept table: unique kebab-case names, known requirement ids, examples', async () => {
  const { catalog } = await shippedMapper()
  const names = new Set<string>()
  for (const concept of concepts) {
    assert.match(concept.name, /^[a-z0-9]+(-[a-z0-9]+)*$/)
    assert.ok(!names.has(concept.name), `duplicate concept ${concept.name}`)
    names.add(concept.name)
    assert.ok(concept.requirements.length > 0, concept.name)
    assert.ok(concept.examples.length > 0, `${concept.name} has no example`)
    for (const name of concept.yieldsTo ?? [])
      assert.ok(
        concepts.some((c) => c.name === name),
        `${concept.name} yields to unknown ${name}`,
      )
    for (const target of concept.requirements) {
      assert.ok(
        catalog.byId.has(`nist-800-53-r5:${target.id}`),
        `${concept.name}: ${target.id} is not an active 800-53 requirement`,
      )
    }
  }
})

for (const concept of concepts) {
  test(`concept ${concept.name}: its examples name it and map to its first requirement`, async () => {
    const { mapper } = await shippedMapper()
    const first = concept.requirements[0]?.id as string
    for (const example of concept.examples) {
      const found = findConcepts(example).map((hit) => hit.concept.name)
      assert.ok(found.includes(concept.name), `"${example}" names ${found.join(', ') || 'nothing'}`)
      const top = mapper.map(example).slice(0, 5)
      const mapped = top.find((m) => local(m.requirement) === first)
      assert.ok(
        mapped ?? top.some((m) => base(m.requirement) === base(first)),
        `"${example}" → ${top.map((m) => local(m.requirement)).join(', ')}; expected ${first}`,
      )
      if (mapped) assert.match(mapped.rationale, new RegExp(`\\b${concept.name}: "`))
    }
  })
}

test('a concept with an unless guard stands down when the guard matches', () => {
  const names = (text: string) => findConcepts(text).map((hit) => hit.concept.name)
  assert.ok(names('Volumes are encrypted at rest.').includes('encryption-at-rest'))
  assert.ok(!names('Volumes are encrypted in transit over TLS.').includes('encryption-at-rest'))
  assert.ok(!names('Users log in with their badge.').includes('logging'))
})
