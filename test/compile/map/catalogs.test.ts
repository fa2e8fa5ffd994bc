import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test } from 'node:test'
import {
  DEFAULT_SHARED_CATALOGS,
  deriveCatalogs,
  SHIPPED_CATALOG,
  serializeCatalog,
} from '../../../scripts/derive-catalogs.ts'
import { buildGraph } from '../../../src/compile/build-graph.ts'
import { resolveRequirementId, supportsOf, withCoverage } from '../../../src/compile/map/index.ts'
import { createCatalogMemo, loadCatalogs } from '../../../src/compile/steps/load-catalogs.ts'
import { compareRequirementIds } from '../../../src/model/index.ts'
import type { Diagnostic, Program } from '../../../src/model/index.ts'
import { skipUnless } from '../../support/shared-corpus.ts'
import { tempDir } from '../helpers.ts'
import { shippedMapper } from './support.ts'

test(
  'the shipped catalog is exactly what scripts/derive-catalogs.ts derives from ../shared',
  skipUnless(DEFAULT_SHARED_CATALOGS),
  () => {
    const derived = serializeCatalog(deriveCatalogs(DEFAULT_SHARED_CATALOGS))
    assert.ok(
      derived === readFileSync(SHIPPED_CATALOG, 'utf8'),
      'content/catalogs/ is stale: run `npm run catalogs`',
    )
  },
)

test('the shipped catalog: 1,007 active 800-53 requirements in natural control order, with baselines', async () => {
  const { catalog } = await shippedMapper()
  const ids = catalog.requirements.map((r) => r.id)
  assert.equal(ids.length, 1007)
  assert.deepEqual(ids, [...ids].sort(compareRequirementIds))
  const at = (controlId: string) => ids.indexOf(`nist-800-53-r5:${controlId}`)
  assert.ok(at('ac-2') < at('ac-2.1') && at('ac-2.1') < at('ac-3') && at('ac-3') < at('ac-17'))
  const sc28e1 = catalog.byId.get('nist-800-53-r5:sc-28.1')
  assert.deepEqual(sc28e1 && { ...sc28e1, baselines: sc28e1.baselines.length }, {
    id: 'nist-800-53-r5:sc-28.1',
    catalog: 'nist-800-53-r5',
    controlId: 'sc-28.1',
    label: 'SC-28(1)',
    title: 'Cryptographic Protection',
    family: 'sc',
    parent: 'nist-800-53-r5:sc-28',
    baselines: 6,
    related: [{ program: 'iso-27001', ids: ['A.5.33'] }],
  })
  // LOW ⊂ MODERATE ⊂ HIGH in both families of baselines; LI-SaaS holds the FedRAMP LOW ids.
  const count = (program: string) =>
    catalog.requirements.filter((r) => r.baselines.includes(program)).length
  assert.deepEqual(
    ['nist-low', 'nist-moderate', 'nist-high', 'nist-privacy'].map(count),
    [149, 287, 370, 96],
  )
  assert.deepEqual(
    ['fedramp-low', 'fedramp-moderate', 'fedramp-high', 'fedramp-li-saas'].map(count),
    [156, 323, 410, 156],
  )
  // No ISO text: only ids like A.8.24 or clause numbers.
  for (const r of catalog.requirements)
    for (const rel of r.related) for (const id of rel.ids) assert.match(id, /^(A\.)?\d+(\.\d+)*$/)
})

test('requirement ids as people write them', async () => {
  const { catalog } = await shippedMapper()
  for (const text of ['sc-28', 'SC-28', 'nist-800-53-r5:sc-28', ' sc-28 '])
    assert.equal(resolveRequirementId(catalog, text), 'nist-800-53-r5:sc-28', text)
  for (const text of ['IA-2(1)', 'ia-2.1', 'IA-02(01)'])
    assert.equal(resolveRequirementId(catalog, text), 'nist-800-53-r5:ia-2.1', text)
  for (const text of ['ac-13', 'zz-1', 'other:sc-28', 'sc-28.99'])
    assert.equal(resolveRequirementId(catalog, text), null, text)
})

test('program coverage and a control’s supports come from the catalog', async () => {
  const { catalog } = await shippedMapper()
  const program = (id: string): Program => ({
    id,
    name: id,
    aliases: [],
    kind: 'standard',
    issuer: 'x',
    url: 'x',
    coverage: null,
  })
  const covered = withCoverage(['fedramp-moderate', 'iso-27001', 'pci-dss'].map(program), catalog)
  assert.deepEqual(
    covered.map((p) => p.coverage),
    [
      { catalog: 'nist-800-53-r5', via: 'baseline' },
      { catalog: 'nist-800-53-r5', via: 'mapping' },
      null,
    ],
  )
  const mapping = (id: string) => ({
    requirement: `nist-800-53-r5:${id}`,
    relation: 'implements' as const,
    confidence: 0.5,
    origin: 'inferred' as const,
    rationale: 'x',
  })
  // PE-23 (facility location) is in no baseline but NIST maps it to ISO Annex A.
  assert.deepEqual(supportsOf([mapping('pe-23')], catalog), ['iso-27001'])
  assert.ok(supportsOf([mapping('sc-28.1')], catalog).includes('fedramp-li-saas'))
  assert.deepEqual(supportsOf([], catalog), [])
})

test('a content root may ship its own catalogs; a bad one is an invalid-catalog-file error', async () => {
  const { dir, cleanup } = tempDir()
  try {
    mkdirSync(join(dir, 'catalogs'))
    writeFileSync(join(dir, 'catalogs', 'bad.json'), '{"catalog": "x", "requirements": [{}]}')
    writeFileSync(join(dir, 'catalogs', 'broken.json'), '{')
    writeFileSync(
      join(dir, 'catalogs', 'tiny.json'),
      JSON.stringify({
        catalog: 'tiny',
        requirements: [
          {
            controlId: 't-1',
            label: 'T-1',
            title: 'Encrypt stored data',
            family: 't',
            parent: null,
            baselines: ['tiny-base'],
            related: [],
            statement: 'Encrypt data at rest.',
            guidance: '',
          },
        ],
      }),
    )
    const diagnostics: Diagnostic[] = []
    const { catalog, inputs } = await loadCatalogs(dir, diagnostics)
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.file, d.message]),
      [
        [
          'invalid-catalog-file',
          'catalogs/bad.json',
          'Requirement catalog catalogs/bad.json is invalid: requirement 0 has no string "controlId"',
        ],
        [
          'invalid-catalog-file',
          'catalogs/broken.json',
          diagnostics[1]?.message.startsWith(
            'Requirement catalog catalogs/broken.json is invalid: not JSON',
          )
            ? diagnostics[1].message
            : 'not JSON',
        ],
      ],
    )
    assert.equal(inputs.length, 3, 'every file is hashed with the content')
    assert.deepEqual(
      catalog.requirements.map((r) => r.id),
      ['tiny:t-1'],
    )
    mkdirSync(join(dir, 'box'))
    writeFileSync(join(dir, 'box', 'security.md'), '# Box\n\nThe box encrypts data at rest.\n')
    const graph = await buildGraph({ content: dir })
    assert.deepEqual(
      graph.requirements.map((r) => r.id),
      ['tiny:t-1'],
    )
    const control = graph.controls.find((c) => /encrypts data at rest/.test(c.statement))
    // No concept id exists in the tiny catalog: its own text is the fallback, reaching its baseline.
    assert.deepEqual(
      control?.requirements.map((m) => [m.requirement, m.relation]),
      [['tiny:t-1', 'supports']],
    )
    assert.deepEqual(control?.supports, ['tiny-base'])
  } finally {
    cleanup()
  }
})

test('a process reads an unchanged catalog once, and a changed or broken one afresh', async () => {
  const { dir, cleanup } = tempDir()
  const tiny = (title: string): string =>
    JSON.stringify({
      catalog: 'tiny',
      requirements: [
        {
          controlId: 't-1',
          label: 'T-1',
          title,
          family: 't',
          parent: null,
          baselines: [],
          related: [],
          statement: 'Encrypt data at rest.',
          guidance: '',
        },
      ],
    })
  try {
    mkdirSync(join(dir, 'catalogs'))
    writeFileSync(join(dir, 'catalogs', 'tiny.json'), tiny('Encrypt stored data'))
    writeFileSync(join(dir, 'catalogs', 'broken.json'), '{')
    const memo = createCatalogMemo()
    const load = async () => {
      const diagnostics: Diagnostic[] = []
      const { catalog } = await loadCatalogs(dir, diagnostics, memo)
      return { catalog, codes: diagnostics.map((d) => `${d.code} ${d.file}`) }
    }
    const first = await load()
    const again = await load()
    assert.equal(again.catalog, first.catalog, 'same files, same catalog object (index kept)')
    assert.deepEqual(again.codes, ['invalid-catalog-file catalogs/broken.json'])
    writeFileSync(join(dir, 'catalogs', 'tiny.json'), tiny('Protect stored data'))
    const changed = await load()
    assert.notEqual(changed.catalog, first.catalog)
    assert.equal(changed.catalog.requirements[0]?.title, 'Protect stored data')
    assert.notEqual((await loadCatalogs(dir, [], createCatalogMemo())).catalog, changed.catalog)
  } finally {
    cleanup()
  }
})

test('a build of content/ lists every requirement and marks baseline programs', async () => {
  const graph = await buildGraph({ content: resolve('content') })
  assert.equal(graph.requirements.length, 1007)
  const kinds = new Map(graph.programs.map((p) => [p.id, p]))
  assert.equal(kinds.get('nist-moderate')?.kind, 'baseline')
  assert.deepEqual(kinds.get('fedramp-li-saas')?.coverage, {
    catalog: 'nist-800-53-r5',
    via: 'baseline',
  })
  assert.deepEqual(kinds.get('iso-27001')?.coverage, { catalog: 'nist-800-53-r5', via: 'mapping' })
  assert.equal(kinds.get('soc-2')?.coverage, null)
})
