import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createChecklist } from '../../src/checklist/create-checklist.ts'
import { createOscalCatalog } from '../../src/checklist/oscal/create-oscal-catalog.ts'
import { createOscalComponentDefinition } from '../../src/checklist/oscal/create-oscal-component-definition.ts'
import type { OscalComponentDefinitionDocument } from '../../src/checklist/oscal/create-oscal-component-definition.ts'
import { OSCAL_NS, toToken } from '../../src/checklist/oscal/oscal-common.ts'
import { uuidV5 } from '../../src/checklist/oscal/uuid-v5.ts'
import { renderChecklist } from '../../src/checklist/render-checklist.ts'
import { sourceHref } from '../../src/checklist/source-href.ts'
import { toUriReference } from '../../src/checklist/to-uri-reference.ts'
import { validateScope } from '../../src/checklist/validate-scope.ts'
import { validateOscal } from './support/oscal-validator.ts'
import { oscalSchemaFile, skipUnless } from '../support/shared-corpus.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'keystore' })
const AT = '2026-05-06T07:08:09.000Z'
const withSchema = skipUnless(oscalSchemaFile)

const propsOf = (node: { props?: { name: string; value: string; ns?: string }[] }, name: string) =>
  (node.props ?? []).filter((p) => p.name === name).map((p) => p.value)

test('uuidV5 matches the RFC 4122 example and is a version-5 UUID', () => {
  assert.equal(
    uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  )
  assert.match(
    uuidV5('x', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  )
})

test(
  'catalog: valid OSCAL 1.1.3 with a group per service and topic, controls with statement, props and source links',
  withSchema,
  () => {
    const document = createOscalCatalog(graph, { generatedAt: AT })
    assert.deepEqual(validateOscal(document), [])
    const [keystore, queue] = document.catalog.groups ?? []
    assert.equal(keystore?.id, 'keystore')
    assert.equal(queue?.id, 'queue')
    assert.deepEqual(
      keystore?.groups?.map((g) => [g.id, g.controls?.length]),
      [
        ['keystore.security', 2],
        ['keystore.data-protection', 3],
        ['keystore.backups', 2],
        ['keystore.compliance', 4],
      ],
    )
    assert.deepEqual(propsOf(keystore ?? {}, 'attestation'), [
      'pci-dss',
      'soc-2',
      'fips-140-2',
      'pci-dss',
    ])
    const fips = keystore?.groups?.[3]?.controls?.[1]
    assert.equal(fips?.id, 'keystore.compliance.fips.keystore-modules-are-validated-iiiiii')
    assert.deepEqual(fips?.parts, [
      {
        id: 'keystore.compliance.fips.keystore-modules-are-validated-iiiiii_smt',
        name: 'statement',
        prose: 'Keystore modules are validated under FIPS 140-2 at Level 3 (Certificate #1234).',
      },
    ])
    assert.deepEqual(propsOf(fips ?? {}, 'owner'), ['provider'])
    assert.deepEqual(propsOf(fips ?? {}, 'kind'), ['guarantee'])
    assert.deepEqual(propsOf(fips ?? {}, 'origin'), ['inferred'])
    assert.deepEqual(propsOf(fips ?? {}, 'program'), ['fips-140-2'])
    assert.ok(fips?.props.every((p) => p.ns === OSCAL_NS))
    assert.deepEqual(fips?.links, [
      { href: 'keystore/compliance.md#L6', rel: 'source', text: 'keystore/compliance.md:6' },
      {
        href: 'https://csrc.nist.gov/certificate/1234',
        rel: 'reference',
        text: 'Certificate #1234',
      },
    ])
  },
)

test('catalog is stable: same content, same bytes apart from last-modified; UUID follows the content', () => {
  const a = JSON.stringify(createOscalCatalog(graph, { generatedAt: AT }))
  const rebuilt = createTestGraph({ example: 'keystore' })
  rebuilt.builtAt = '2030-01-01T00:00:00.000Z'
  assert.equal(JSON.stringify(createOscalCatalog(rebuilt, { generatedAt: AT })), a)
  const changed = createTestGraph({ example: 'keystore' })
  changed.contentHash = 'sha256:fedcba'
  assert.notEqual(createOscalCatalog(changed).catalog.uuid, JSON.parse(a).catalog.uuid)
})

test(
  'component definition: valid OSCAL, one component per service, the responsibility split per control',
  withSchema,
  () => {
    const document = createOscalComponentDefinition(graph, { generatedAt: AT })
    assert.deepEqual(validateOscal(document), [])
    const definition = document['component-definition']
    assert.deepEqual(
      definition.metadata.roles?.map((r) => r.id),
      ['provider', 'customer'],
    )
    const [keystore, queue] = definition.components ?? []
    assert.equal(keystore?.title, 'Acme Keystore')
    assert.equal(keystore?.type, 'service')
    assert.equal(queue?.title, 'Acme Queue')
    const implementation = keystore?.['control-implementations']?.[0]
    assert.equal(implementation?.source, '/v1/export/oscal/catalog')
    const requirements = implementation?.['implemented-requirements'] ?? []
    // Every control of the service appears once, whatever its owner or kind.
    assert.equal(requirements.length, graph.controls.filter((c) => c.service === 'keystore').length)
    const split = Object.fromEntries(
      requirements.map((r) => [
        r['control-id'],
        [propsOf(r, 'responsibility')[0], r['responsible-roles'].map((x) => x['role-id'])],
      ]),
    )
    assert.deepEqual(split['keystore.security.acme-replaces-failed-hardware-aaaaaa'], [
      'provided',
      ['provider'],
    ])
    assert.deepEqual(split['keystore.security.you-must-rotate-user-passwords-bbbbbb'], [
      'customer',
      ['customer'],
    ])
    assert.deepEqual(split['keystore.data-protection.patching-client-software-is-shared-eeeeee'], [
      'shared',
      ['provider', 'customer'],
    ])
    assert.deepEqual(
      split['keystore.data-protection.keystore-offers-cluster-wide-logging-cccccc'],
      ['provided', ['provider']],
    )
    // Two attestations stated by one sentence: one requirement carrying both.
    const both = requirements.find(
      (r) => r['control-id'] === 'keystore.compliance.keystore-meets-pci-dss-and-hhhhhh',
    )
    assert.deepEqual(propsOf(both ?? {}, 'attestation'), ['pci-dss', 'soc-2'])
    assert.deepEqual(propsOf(both ?? {}, 'program'), ['pci-dss', 'soc-2'])
    const fips = requirements.find(
      (r) => r['control-id'] === 'keystore.compliance.fips.keystore-modules-are-validated-iiiiii',
    )
    assert.deepEqual(
      fips?.links.find((l) => l.rel === 'evidence'),
      {
        href: 'https://csrc.nist.gov/certificate/1234',
        rel: 'evidence',
        text: 'FIPS 140-2 certificate #1234',
      },
    )
    assert.equal(fips?.remarks, 'Evidence to obtain: FIPS 140-2 certificate #1234.')
  },
)

test(
  'checklist format=oscal is the component definition scoped to the checklist, valid OSCAL',
  withSchema,
  () => {
    const result = validateScope(graph, { service: 'keystore', program: 'pci-dss', general: false })
    assert.ok(result.ok)
    const rendered = renderChecklist(
      createChecklist(graph, result.scope, { generatedAt: AT }),
      'oscal',
      {
        catalogHref: 'catalog.json',
        sourceBaseUrl: 'https://example.org/docs/',
      },
    )
    assert.equal(rendered.extension, '.oscal.json')
    assert.equal(rendered.contentType, 'application/oscal+json; charset=utf-8')
    assert.equal(rendered.fileName, 'keystore-pci-dss-checklist.oscal.json')
    const document = JSON.parse(rendered.body) as OscalComponentDefinitionDocument
    assert.deepEqual(validateOscal(document), [])
    const components = document['component-definition'].components ?? []
    assert.deepEqual(
      components.map((c) => c.title),
      ['Acme Keystore'],
    )
    const implementation = components[0]?.['control-implementations']?.[0]
    assert.equal(implementation?.source, 'catalog.json')
    assert.deepEqual(propsOf(implementation ?? {}, 'scope-program'), ['pci-dss'])
    assert.deepEqual(
      implementation?.['implemented-requirements'].map((r) => r['control-id']),
      [
        'keystore.compliance.keystore-meets-pci-dss-and-hhhhhh',
        'keystore.compliance.pci.keystore-is-pci-dss-compliant-jjjjjj',
        'keystore.data-protection.for-pci-dss-workloads-enable-dddddd',
        'keystore.compliance.pci.customers-must-scope-their-kkkkkk',
      ],
    )
    assert.equal(
      implementation?.['implemented-requirements'][0]?.links[0]?.href,
      'https://example.org/docs/keystore/compliance.md#L3',
    )
  },
)

test('UUIDs are deterministic v5 and unique within a document', () => {
  const a = createOscalComponentDefinition(graph, { generatedAt: AT })
  const b = createOscalComponentDefinition(createTestGraph({ example: 'keystore' }), {
    generatedAt: '2027-01-01T00:00:00.000Z',
  })
  const uuids = (doc: unknown) =>
    [...JSON.stringify(doc).matchAll(/"uuid":"([^"]+)"/g)].map((m) => m[1])
  assert.deepEqual(uuids(a), uuids(b))
  assert.equal(new Set(uuids(a)).size, uuids(a).length)
})

test('ids become OSCAL tokens and hrefs URI references', () => {
  assert.equal(toToken('cloudhsm.data-protection'), 'cloudhsm.data-protection')
  assert.equal(toToken('1password.x'), '_1password.x')
  assert.equal(toUriReference('docs/a b(1).md#L3'), 'docs/a%20b%281%29.md#L3')
  assert.equal(toUriReference('100%.md#a#b'), '100%25.md#a%23b')
  assert.equal(sourceHref({ file: 'a:b.md', line: 2, column: 1, headingPath: [] }), './a:b.md#L2')
  assert.equal(toUriReference('https://x.example/p?q=1#f'), 'https://x.example/p?q=1#f')
})

test(
  'odd content still gives valid OSCAL: leading digits, spaces in paths, empty link text',
  withSchema,
  () => {
    const odd = createTestGraph({ example: 'keystore' })
    const [, queue] = odd.services
    const [link] = odd.links
    assert.ok(queue && link)
    queue.id = '9queue'
    for (const c of odd.controls.filter((x) => x.service === 'queue')) {
      c.service = '9queue'
      c.id = `9${c.id}`
      c.source.file = 'queue dir/sec (1).md'
    }
    link.text = ''
    link.href = 'https://validation.example.org/a b'
    assert.deepEqual(validateOscal(createOscalCatalog(odd)), [])
    assert.deepEqual(validateOscal(createOscalComponentDefinition(odd)), [])
  },
)
