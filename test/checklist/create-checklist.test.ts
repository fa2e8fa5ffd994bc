import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Checklist, ChecklistScope } from '../../src/checklist/checklist.ts'
import { createChecklist } from '../../src/checklist/create-checklist.ts'
import { validateScope } from '../../src/checklist/validate-scope.ts'
import type { RawScope } from '../../src/scope/index.ts'
import { renderChecklist } from '../../src/checklist/render-checklist.ts'
import { assertFormatsAgree, validateChecklist } from './support/check-formats.ts'
import { createTestGraph } from '../support/create-test-graph.ts'
import { validateOscal } from './support/oscal-validator.ts'
import { oscalSchemaFile, skipUnless } from '../support/shared-corpus.ts'

const graph = createTestGraph({ example: 'keystore' })
const AT = '2026-05-06T07:08:09.000Z'

function scope(raw: RawScope): ChecklistScope {
  const result = validateScope(graph, raw)
  assert.ok(result.ok, JSON.stringify(result))
  return result.scope
}

function checklist(raw: RawScope): Checklist {
  return createChecklist(graph, scope(raw), { generatedAt: AT })
}

const actionIds = (c: Checklist) => c.actions.flatMap((g) => g.items.map((i) => i.id))
const inheritedIds = (c: Checklist) => c.inherited.map((i) => i.id)

test('default scope: provider attestations and guarantees inherited; customer and shared actions by topic', () => {
  const c = checklist({ service: 'keystore' })
  assert.equal(c.header.title, 'Acme Keystore: security checklist')
  assert.deepEqual(inheritedIds(c), [
    'keystore.security.acme-replaces-failed-hardware-aaaaaa',
    'keystore.pci-dss',
    'keystore.soc-2',
    'keystore.fips-140-2',
    'keystore.pci-dss-2',
  ])
  assert.deepEqual(
    c.actions.map((g) => [g.topic, g.items.length]),
    [
      ['keystore.security', 1],
      ['keystore.data-protection', 2],
      ['keystore.backups', 2],
      ['keystore.compliance', 1],
    ],
  )
  // The provider capability is neither inherited nor an action under the default owners.
  assert.ok(!actionIds(c).some((id) => id.includes('cluster-wide-logging')))
  assert.ok(
    c.actions.flatMap((g) => g.items).every((i) => i.status === 'todo' && i.owner !== 'provider'),
  )
  assert.deepEqual(c.totals, {
    inherited: 5,
    actions: 6,
    byOwner: { provider: 0, customer: 5, shared: 1 },
    byKind: { requirement: 4, recommendation: 1, guarantee: 0, capability: 1 },
  })
})

test('items keep id, statement, kind, owner, programs and source of their control', () => {
  const c = checklist({ service: 'keystore' })
  const item = c.actions[1]?.items[0]
  assert.deepEqual(item, {
    id: 'keystore.data-protection.for-pci-dss-workloads-enable-dddddd',
    service: 'keystore',
    topic: 'keystore.data-protection',
    section: null,
    statement: 'For PCI DSS workloads, enable audit log export to your own account.',
    kind: 'recommendation',
    owner: 'customer',
    programs: ['pci-dss'],
    general: false,
    origin: 'inferred',
    confidence: 0.8,
    source: {
      file: 'keystore/data-protection.md',
      line: 5,
      column: 1,
      headingPath: ['Protecting data in Acme Keystore'],
    },
    // The fixture's service has no sourceUrl.
    url: null,
    status: 'todo',
  })
})

test('attestations carry their claim and the evidence the docs give, nothing invented', () => {
  const c = checklist({ service: 'keystore' })
  const fips = c.inherited.find((i) => i.id === 'keystore.fips-140-2')
  assert.deepEqual(fips?.claim, {
    program: 'fips-140-2',
    programName: 'FIPS 140-2',
    level: 'Level 3',
    certificate: '1234',
    since: null,
  })
  // Certificate paired with the link carrying its number; the program's own site is not evidence.
  assert.deepEqual(fips?.evidence, [
    {
      text: 'FIPS 140-2 certificate #1234',
      href: 'https://csrc.nist.gov/certificate/1234',
    },
  ])
  const pci = c.inherited.find((i) => i.id === 'keystore.pci-dss-2')
  assert.deepEqual(pci?.evidence, [{ text: 'Acme PCI FAQ', href: 'https://acme.example/pci-faq' }])
  // A claim stated without links or numbers gets no evidence.
  assert.deepEqual(c.inherited.find((i) => i.id === 'keystore.soc-2')?.evidence, [])
  // A statement behind attestations is not repeated as a plain guarantee.
  assert.ok(!inheritedIds(c).includes('keystore.compliance.keystore-meets-pci-dss-and-hhhhhh'))
})

test('program scope: named program plus general items, other programs left out', () => {
  const c = checklist({ service: 'keystore', program: 'pci-dss' })
  assert.equal(c.header.title, 'Acme Keystore: PCI DSS checklist')
  assert.deepEqual(c.header.programs, [{ id: 'pci-dss', name: 'PCI DSS' }])
  assert.deepEqual(inheritedIds(c), [
    'keystore.security.acme-replaces-failed-hardware-aaaaaa',
    'keystore.pci-dss',
    'keystore.pci-dss-2',
  ])
  const ids = actionIds(c)
  assert.ok(ids.includes('keystore.data-protection.for-pci-dss-workloads-enable-dddddd'))
  assert.ok(ids.includes('keystore.security.you-must-rotate-user-passwords-bbbbbb'))
  assert.ok(!ids.includes('keystore.backups.under-pci-pin-keep-pin-gggggg'), 'PCI PIN only')
  const general = c.actions.flatMap((g) => g.items).filter((i) => i.general)
  assert.ok(general.length > 0 && general.every((i) => i.programs.length === 0))
})

test('program scope without general items keeps only what names the program', () => {
  const c = checklist({ service: 'keystore', program: 'pci-dss', general: false })
  assert.deepEqual(inheritedIds(c), ['keystore.pci-dss', 'keystore.pci-dss-2'])
  assert.deepEqual(actionIds(c), [
    'keystore.data-protection.for-pci-dss-workloads-enable-dddddd',
    'keystore.compliance.pci.customers-must-scope-their-kkkkkk',
  ])
})

test('owner, kind and topic scopes; a topic brings its sub-topics', () => {
  assert.deepEqual(actionIds(checklist({ service: 'keystore', owner: 'shared' })), [
    'keystore.data-protection.patching-client-software-is-shared-eeeeee',
  ])
  assert.deepEqual(actionIds(checklist({ service: 'keystore', kind: 'capability' })), [
    'keystore.backups.you-can-copy-backups-to-ffffff',
  ])
  const withProvider = checklist({ service: 'keystore', owner: 'provider' })
  assert.deepEqual(actionIds(withProvider), [
    'keystore.data-protection.keystore-offers-cluster-wide-logging-cccccc',
  ])
  const topic = checklist({ service: 'keystore', topic: 'data-protection' })
  assert.deepEqual(
    topic.actions.map((g) => g.topic),
    ['keystore.data-protection', 'keystore.backups'],
  )
  assert.deepEqual(inheritedIds(topic), [])
})

test('several services: items of each, in graph order', () => {
  const c = checklist({ service: 'queue,keystore' })
  assert.deepEqual(c.header.scope.services, ['keystore', 'queue'])
  assert.deepEqual(
    c.actions.map((g) => g.service),
    ['keystore', 'keystore', 'keystore', 'keystore', 'queue'],
  )
  assert.equal(c.header.title, 'Acme Keystore, Acme Queue: security checklist')
})

test('deterministic: same graph and scope give the same bytes apart from the generation time', () => {
  const a = createChecklist(graph, scope({ service: 'keystore', program: 'pci-dss' }))
  // Another build of the same content: only its build time differs.
  const rebuilt = {
    ...createTestGraph({ example: 'keystore' }),
    builtAt: '2031-01-01T00:00:00.000Z',
  }
  const b = createChecklist(rebuilt, scope({ service: 'keystore', program: 'pci-dss' }))
  for (const format of ['json', 'markdown', 'csv', 'oscal'] as const) {
    const strip = (text: string) =>
      text.replaceAll(a.header.generatedAt, 'T').replaceAll(b.header.generatedAt, 'T')
    assert.equal(
      strip(renderChecklist(a, format).body),
      strip(renderChecklist(b, format).body),
      format,
    )
  }
})

const FORMAT_SCOPES: RawScope[] = [
  { service: 'keystore' },
  { service: 'keystore,queue', program: 'fips-140-2' },
  { service: 'queue', owner: 'customer,shared,provider' },
]

test('every format reads back as the same items; the JSON matches its published schema', () => {
  for (const raw of FORMAT_SCOPES) assertFormatsAgree(checklist(raw))
  const validate = validateChecklist
  const broken = JSON.parse(renderChecklist(checklist({ service: 'keystore' }), 'json').body) as {
    actions: { items: { status: string }[] }[]
  }
  const first = broken.actions[0]?.items[0]
  assert.ok(first)
  first.status = 'maybe'
  assert.equal(validate(broken), false)
})

test(
  'the OSCAL form of each checklist validates against NIST OSCAL 1.1.3',
  skipUnless(oscalSchemaFile),
  () => {
    for (const raw of FORMAT_SCOPES) {
      const oscal = JSON.parse(renderChecklist(checklist(raw), 'oscal').body) as unknown
      assert.deepEqual(validateOscal(oscal), [], JSON.stringify(raw))
    }
  },
)
