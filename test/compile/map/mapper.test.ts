import assert from 'node:assert/strict'
import { test } from 'node:test'
import { base, local, shippedMapper } from './support.ts'

/** Statements in our own words and the requirement a reviewer expects first (or in the top 3). */
const CASES: [statement: string, first: string, alsoTop3?: string][] = [
  ['Data in every table is encrypted at rest under a key you manage.', 'sc-28', 'sc-13'],
  ['Require MFA for each administrator before they can change the cluster.', 'ia-2.1'],
  ['Enable multi-factor authentication for the users of your account.', 'ia-2.1', 'ia-2.2'],
  ['Connections to the API use TLS 1.2 or later.', 'sc-8.1'],
  ['The appliance is validated at FIPS 140-3 Level 3.', 'sc-13'],
  ['Grant each role only the actions its task requires.', 'ac-6'],
  ['Split the approval of key deletion and its execution between two people.', 'ac-5'],
  ['The service records every management call in an audit log.', 'au-2', 'au-12'],
  ['Back up the volumes each night and test a restore each quarter.', 'cp-9'],
  ['Spread the nodes across three Availability Zones.', 'cp-10'],
  ['Attach a security group that allows inbound traffic only from the application tier.', 'sc-7'],
  ['Only firmware signed by the vendor can be installed on the device.', 'si-7'],
  ['The provider installs security patches on the hosts within 30 days.', 'si-2'],
  ['Send an alarm to the on-call team when the error rate rises.', 'si-4.5'],
  ['If you find signs of a breach, open an incident and preserve the evidence.', 'ir-4'],
  ['Do not store passwords in plain text in your scripts.', 'ia-5.7'],
  ['Turn on deletion protection for production databases.', 'cm-3', 'cp-9'],
]

for (const [statement, first, alsoTop3] of CASES) {
  test(`maps "${statement}" to ${first} first`, async () => {
    const { mapper } = await shippedMapper()
    const mapped = mapper.map(statement)
    const ids = mapped.map((m) => local(m.requirement))
    // A base control is met by its enhancement too (sc-28.1 is SC-28 done cryptographically).
    const got = first.includes('.') ? ids[0] : base(ids[0] ?? '')
    assert.equal(got, first, `got ${ids.join(', ')}`)
    if (alsoTop3) {
      const top3 = [...new Set(ids.map((id) => base(id)))].slice(0, 3)
      assert.ok(top3.includes(base(alsoTop3)), `${alsoTop3} not in ${top3.join(', ')}`)
    }
    for (const m of mapped) {
      assert.equal(m.origin, 'inferred')
      assert.ok(m.confidence > 0 && m.confidence <= 1)
      assert.ok(m.rationale.length > 0)
    }
    const confidences = mapped.map((m) => m.confidence)
    assert.deepEqual(
      confidences,
      [...confidences].sort((a, b) => b - a),
      'ranked best first',
    )
  })
}

test('an attestation is evidence, a safeguard implements', async () => {
  const { mapper } = await shippedMapper()
  const [fips] = mapper.map('The modules hold a FIPS 140-2 validation certificate.')
  assert.equal(fips?.relation, 'evidence')
  const [audit] = mapper.map(
    'Independent auditors review the service every year for its SOC 2 report.',
  )
  assert.equal(local(audit?.requirement ?? ''), 'ca-2')
  assert.equal(audit?.relation, 'evidence')
  const [rest] = mapper.map('Snapshots are encrypted at rest.')
  assert.equal(rest?.relation, 'implements')
})

test('without any concept the catalog text proposes weak supports, or nothing', async () => {
  const { mapper } = await shippedMapper()
  const weak = mapper.map('Maintenance personnel are escorted and supervised during their visits.')
  assert.ok(weak.length > 0 && weak.length <= 3)
  for (const m of weak) {
    assert.equal(m.relation, 'supports')
    assert.ok(m.confidence <= 0.4)
    assert.match(m.rationale, /^catalog text: shares "/)
  }
  assert.deepEqual(mapper.map('The sky was blue that afternoon.'), [])
})

test('a heading nudges the ranking but never maps a statement on its own', async () => {
  const { mapper } = await shippedMapper()
  const plain = mapper.map('Review these settings every quarter.')
  const under = mapper.map('Review these settings every quarter.', {
    headingPath: ['Operations', 'Audit logging'],
  })
  assert.equal(local(under[0]?.requirement ?? ''), local(plain[0]?.requirement ?? ''))
  assert.ok(!plain.some((m) => m.rationale.includes('(heading)')))
  const fromHeading = under.find((m) => m.rationale.includes('(heading)'))
  assert.match(fromHeading?.rationale ?? '', /^logging: "logging" \(heading\)/)
  assert.deepEqual(
    mapper.map('The sky was blue that afternoon.', { headingPath: ['Encryption at rest'] }),
    [],
  )
})

test('a repeated statement maps the same, and each caller gets its own mappings', async () => {
  const { mapper } = await shippedMapper()
  const statement = 'Rotate the signing keys of the cluster every year.'
  const first = mapper.map(statement)
  assert.ok(first.length > 0)
  const expected = structuredClone(first)
  const [top] = first
  if (top) top.confidence = 0
  first.pop()
  assert.deepEqual(mapper.map(statement), expected)
})
