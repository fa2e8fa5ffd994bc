import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { test } from 'node:test'
import { extractControls } from '../../../src/compile/extract/extract-controls.ts'
import { parsePage } from '../../../src/compile/parse-page.ts'
import type { Service } from '../../../src/model/service.ts'
import { loadTestPrograms } from './load-test-programs.ts'

// Each folder of test/fixtures/extract holds input.md, optionally service.json ({id, name}),
// and output.json: what extraction makes of the page, compact. UPDATE=1 rewrites output.json.
const root = new URL('../../fixtures/extract/', import.meta.url)
const programs = loadTestPrograms()
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

function run(name: string): unknown {
  const dir = new URL(`${name}/`, root)
  const markdown = readFileSync(new URL('input.md', dir), 'utf8')
  const settings = existsSync(new URL('service.json', dir))
    ? (JSON.parse(readFileSync(new URL('service.json', dir), 'utf8')) as {
        id: string
        name: string
      })
    : { id: 'vault', name: 'Example Vault' }
  const service: Service = {
    ...settings,
    provider: 'AWS',
    rootTopic: `${settings.id}.root`,
    dir: '.',
  }
  const { page, diagnostics: parseDiagnostics } = parsePage({
    file: 'input.md',
    markdown,
    service: service.id,
  })
  const result = extractControls(page, { service, programs })
  return {
    controls: result.controls.map((c) => ({
      statement: c.statement,
      kind: c.kind,
      owner: c.owner,
      programs: c.programs,
      at: `${c.source.line}:${c.source.column}`,
      id: c.id,
      origin: c.origin,
      confidence: c.confidence,
      ...(c.references.length ? { references: c.references } : {}),
    })),
    attestations: result.attestations.map((a) => ({
      id: a.id,
      program: a.program,
      level: a.level,
      certificate: a.certificate,
      since: a.since,
      control: a.control,
    })),
    diagnostics: [...parseDiagnostics, ...result.diagnostics].map(
      (d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`,
    ),
  }
}

for (const name of cases) {
  test(`extract fixture: ${name}`, () => {
    const actual = run(name)
    const file = new URL(`${name}/output.json`, root)
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
      return
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')))
  })
}
