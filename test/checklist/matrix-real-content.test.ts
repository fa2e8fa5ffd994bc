import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, test } from 'node:test'
import { parse } from 'csv-parse/sync'
import {
  createResponsibilityMatrix,
  MATRIX_FORMATS,
  renderMatrix,
} from '../../src/checklist/index.ts'
import type { ResponsibilityMatrix } from '../../src/checklist/index.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { createProgramFinder } from '../../src/compile/extract/find-programs.ts'
import type { Graph } from '../../src/model/graph.ts'
import { compareRequirementIds } from '../../src/model/index.ts'
import { resolveScope } from '../../src/scope/index.ts'
import { contentRoot } from './support/paths.ts'
import { validateOscal } from './support/oscal-validator.ts'
import { oscalSchemaFile, skipUnless } from '../support/shared-corpus.ts'

/** The "done when": FedRAMP Moderate on CloudHSM, from the project's content, every format. */
describe('customer responsibility matrix: FedRAMP Moderate on CloudHSM (content/)', () => {
  let graph: Graph
  let matrix: ResponsibilityMatrix
  before(async () => {
    graph = await buildGraph({ content: contentRoot })
    matrix = createResponsibilityMatrix(
      graph,
      { baseline: 'fedramp-moderate', services: ['cloudhsm'], topics: [] },
      { generatedAt: graph.builtAt },
    )
  })

  test('rows in natural control order: AC-2 before AC-2(1) before AC-17', () => {
    const ids = matrix.rows.map((r) => r.requirement.id)
    assert.deepEqual(ids, [...ids].sort(compareRequirementIds))
    const at = (label: string) => matrix.rows.findIndex((r) => r.requirement.label === label)
    assert.ok(at('AC-2') >= 0 && at('AC-2') < at('AC-2(1)') && at('AC-2(1)') < at('AC-17'))
  })

  test('bare "FedRAMP Moderate": program= selects the authorization and the baseline, baseline= the baseline', () => {
    assert.deepEqual(resolveScope(graph, { program: 'FedRAMP Moderate' }), {
      ok: true,
      scope: { program: ['fedramp', 'fedramp-moderate'] },
    })
    for (const level of ['Low', 'Moderate', 'High']) {
      const resolved = resolveScope(graph, { baseline: `FedRAMP ${level}` })
      assert.deepEqual(resolved, {
        ok: true,
        scope: { baseline: [`fedramp-${level.toLowerCase()}`] },
      })
    }
    // In documentation text the bare name stays the authorization.
    const finder = createProgramFinder(graph.programs)
    assert.deepEqual(finder.find('The service is FedRAMP Moderate authorized.'), ['fedramp'])
    assert.deepEqual(finder.find('It meets the FedRAMP Moderate baseline.'), ['fedramp-moderate'])
  })

  test('one row per requirement of the baseline; some addressed, the rest marked not addressed', () => {
    const inBaseline = graph.requirements.filter((r) => r.baselines.includes('fedramp-moderate'))
    assert.equal(matrix.rows.length, inBaseline.length)
    assert.ok(matrix.totals.addressed > 0, 'the docs address some FedRAMP Moderate requirements')
    assert.ok(matrix.totals.addressed < matrix.rows.length)
    for (const row of matrix.rows) {
      const statements = [...row.provider, ...row.customer, ...row.shared]
      assert.equal(row.origination === 'not-addressed', statements.length === 0, row.requirement.id)
      for (const s of statements) {
        assert.ok(existsSync(join(contentRoot, s.source.file)), s.source.file)
        assert.equal(s.service, 'cloudhsm')
      }
    }
  })

  test('every format renders the same rows', () => {
    const rendered = Object.fromEntries(
      MATRIX_FORMATS.map((f) => [f, renderMatrix(matrix, f).body] as const),
    )
    assert.deepEqual(JSON.parse(rendered.json as string), JSON.parse(JSON.stringify(matrix)))
    const oscal = JSON.parse(rendered.oscal as string)
    const implemented = oscal['component-definition'].components[0]['control-implementations'][0]
    assert.equal(
      implemented.source,
      'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json',
    )
    assert.deepEqual(
      implemented['implemented-requirements'].map((r: { 'control-id': string }) => r['control-id']),
      matrix.rows
        .filter((r) => r.origination !== 'not-addressed')
        .map((r) => r.requirement.controlId),
    )
    const csv = parse(rendered.csv as string, { columns: true }) as Record<string, string>[]
    assert.deepEqual(
      csv.map((r) => r.requirement),
      matrix.rows.map((r) => r.requirement.id),
    )
    assert.equal(rendered['csv-bom'], `\uFEFF${rendered.csv}`)
    const markdown = rendered.markdown as string
    assert.equal(markdown.match(/^### /gm)?.length, matrix.totals.addressed)
    assert.match(markdown, /^## Not addressed by the documentation$/m)
  })
})

test(
  "the matrix as OSCAL is valid against NIST's OSCAL 1.1.3 schema",
  skipUnless(oscalSchemaFile),
  async () => {
    const graph = await buildGraph({ content: contentRoot })
    const matrix = createResponsibilityMatrix(
      graph,
      { baseline: 'fedramp-moderate', services: ['cloudhsm'], topics: [] },
      { generatedAt: graph.builtAt },
    )
    const document = JSON.parse(renderMatrix(matrix, 'oscal').body)
    assert.deepEqual(validateOscal(document), [])
    const requirement =
      document['component-definition'].components[0]['control-implementations'][0][
        'implemented-requirements'
      ][0]
    assert.ok(
      requirement.props.some((p: { name: string }) => p.name === 'control-origination'),
      'control-origination prop',
    )
    assert.ok(requirement['responsible-roles'].length > 0)
  },
)
