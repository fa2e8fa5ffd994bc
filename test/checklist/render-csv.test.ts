import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parse } from 'csv-parse/sync'
import type { Checklist } from '../../src/checklist/checklist.ts'
import { createChecklist } from '../../src/checklist/create-checklist.ts'
import { CSV_COLUMNS, csvCell } from '../../src/checklist/render/render-csv.ts'
import { renderChecklist } from '../../src/checklist/render-checklist.ts'
import { validateScope } from '../../src/checklist/validate-scope.ts'
import type { RawScope } from '../../src/scope/index.ts'
import { unguard } from './support/check-formats.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const graph = createTestGraph({ example: 'keystore' })

function checklist(raw: RawScope): Checklist {
  const result = validateScope(graph, raw)
  assert.ok(result.ok)
  return createChecklist(graph, result.scope, { generatedAt: '2026-05-06T07:08:09.000Z' })
}

function parseCsv(body: string): Record<string, string>[] {
  return parse(body, { columns: true, skip_empty_lines: false, relax_quotes: false }) as Record<
    string,
    string
  >[]
}

test('CSV parsed back by csv-parse gives the same items in the same order, stable columns', () => {
  for (const raw of [
    { service: 'keystore' },
    { service: 'keystore,queue', owner: 'customer,shared,provider' },
  ]) {
    const c = checklist(raw)
    const { body, contentType, extension, fileName } = renderChecklist(c, 'csv')
    assert.equal(contentType, 'text/csv; charset=utf-8; header=present')
    assert.equal(extension, '.csv')
    assert.match(fileName, /^keystore(-queue)?-security-checklist\.csv$/)
    assert.ok(body.endsWith('\r\n'))
    assert.equal(body.split('\r\n', 1)[0], CSV_COLUMNS.join(','))
    const rows = parseCsv(body)
    const items = [
      ...c.inherited.map((i) => ({
        section: 'inherited',
        id: i.id,
        statement: i.statement,
        owner: i.owner,
      })),
      ...c.actions.flatMap((g) =>
        g.items.map((i) => ({
          section: 'action',
          id: i.id,
          statement: i.statement,
          owner: i.owner,
        })),
      ),
    ]
    assert.deepEqual(
      rows.map((r) => ({
        section: r.section,
        id: r.id,
        statement: unguard(r.statement ?? ''),
        owner: r.owner,
      })),
      items,
    )
  }
})

test('rows carry programs, claim, evidence and source', () => {
  const rows = parseCsv(renderChecklist(checklist({ service: 'keystore' }), 'csv').body)
  const fips = rows.find((r) => r.id === 'keystore.fips-140-2')
  assert.deepEqual(
    {
      type: fips?.type,
      programs: fips?.programs,
      level: fips?.claim_level,
      certificate: fips?.claim_certificate,
      evidence: fips?.evidence,
      file: fips?.file,
      line: fips?.line,
      heading: fips?.heading_path,
    },
    {
      type: 'attestation',
      programs: 'fips-140-2',
      level: 'Level 3',
      certificate: '1234',
      evidence: 'FIPS 140-2 certificate #1234 <https://csrc.nist.gov/certificate/1234>',
      file: 'keystore/compliance.md',
      line: '6',
      heading: 'Compliance > FIPS 140-2 validation',
    },
  )
  const action = rows.find(
    (r) => r.id === 'keystore.data-protection.for-pci-dss-workloads-enable-dddddd',
  )
  assert.equal(action?.status, 'todo')
  assert.equal(action?.general, 'false')
  assert.equal(action?.confidence, '0.8')
})

test('formula-injection cells are neutralised; quotes, commas and line breaks survive', () => {
  const rows = parseCsv(
    renderChecklist(checklist({ service: 'queue', owner: 'customer,shared' }), 'csv').body,
  )
  const byId = new Map(rows.map((r) => [r.id, r.statement]))
  assert.equal(byId.get('queue.security.formula-1'), `'=HYPERLINK("http://evil.example","click")`)
  assert.equal(byId.get('queue.security.formula-2'), `'-2+3 is a sum, @SUM(A1) too, and +1 as well`)
  assert.equal(
    byId.get('queue.security.formula-3'),
    `'\tTabbed start, with "quotes", commas and a\nline break`,
  )
  // No cell of any row starts with a formula trigger.
  for (const row of rows) {
    for (const cell of Object.values(row)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/)
  }
})

test('csvCell quotes per RFC 4180 and guards every trigger character', () => {
  assert.equal(csvCell('plain'), 'plain')
  assert.equal(csvCell('a,b'), '"a,b"')
  assert.equal(csvCell('say "hi"'), '"say ""hi"""')
  assert.equal(csvCell('two\nlines'), '"two\nlines"')
  for (const trigger of ['=', '+', '-', '@', '\t', '\r']) {
    const cell = csvCell(`${trigger}1`)
    assert.ok(cell === `'${trigger}1` || cell === `"'${trigger}1"`, JSON.stringify(cell))
  }
  assert.equal(csvCell('a=b'), 'a=b')
})
