import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { RequirementMapping } from '../../../src/model/requirement.ts'
import { local, shippedMapper } from './support.ts'

const mappingOf = async (statement: string, id: string): Promise<RequirementMapping> => {
  const { mapper } = await shippedMapper()
  const found = mapper.map(statement).find((m) => local(m.requirement) === id)
  assert.ok(found, `${statement} → no ${id}`)
  return found
}

// Statements that say a safeguard is absent: still about it, but never `implements`.
const denied: [string, string, string][] = [
  [
    'Data stored in the bucket is not encrypted.',
    'Data stored in the bucket is encrypted.',
    'sc-28',
  ],
  ['The console does not support MFA.', 'The console supports MFA.', 'ia-2.1'],
  ["The console doesn't support MFA.", 'The console supports MFA.', 'ia-2.1'],
  [
    'The proxy never logs the requests it forwards.',
    'The proxy logs the requests it forwards.',
    'au-2',
  ],
  ['Request logging is not enabled by default.', 'Request logging is enabled by default.', 'au-2'],
]

for (const [negated, positive, id] of denied) {
  test(`a denied safeguard does not implement it: "${negated}"`, async () => {
    const { mapper } = await shippedMapper()
    const yes = await mappingOf(positive, id)
    const no = await mappingOf(negated, id)
    assert.equal(yes.relation, 'implements')
    assert.equal(no.relation, 'supports')
    assert.ok(no.confidence < yes.confidence / 2, `${no.confidence} vs ${yes.confidence}`)
    assert.match(no.rationale, /negated by "[^"]+": the safeguard is absent/)
    assert.ok(mapper.map(negated).every((m) => m.relation !== 'implements'))
  })
}

// Provider guarantees and advice that deny an exposure: they protect, so they still map.
const protective: [string, string][] = [
  ['Keys never leave the HSM unencrypted.', 'sc-12'],
  ['Key material cannot be exported in plaintext.', 'sc-12'],
  ['The provider does not have access to your keys.', 'sc-12.6'],
  ['Snapshots must not be public.', 'ac-3'],
  ['Never store passwords in plain text.', 'ia-5.7'],
  ['You cannot turn off encryption at rest for the volume.', 'sc-28.1'],
  ['Log files cannot be modified after delivery.', 'au-9'],
]

for (const [statement, id] of protective) {
  test(`a protective negation still implements: "${statement}"`, async () => {
    const mapping = await mappingOf(statement, id)
    assert.equal(mapping.relation, 'implements')
    assert.match(mapping.rationale, /protective negation "[^"]+": /)
  })
}

test('a negation in one clause leaves the other clause mapped as stated', async () => {
  const mapping = await mappingOf(
    'Volumes are encrypted at rest, but snapshots are not copied to another Region.',
    'sc-28.1',
  )
  assert.equal(mapping.relation, 'implements')
  assert.doesNotMatch(mapping.rationale, /negat/)
})

test('a subject that only names the safeguard is not negated by what the predicate denies', async () => {
  const mapping = await mappingOf('Encrypted volumes are not copied to another Region.', 'sc-28.1')
  assert.equal(mapping.relation, 'implements')
  assert.doesNotMatch(mapping.rationale, /negat/)
})
