import { extractControls } from '../../../src/compile/extract/extract-controls.ts'
import { parsePage } from '../../../src/compile/parse-page.ts'
import type { Service } from '../../../src/model/service.ts'
import { runFixtures } from '../../support/fixtures.ts'
import type { FixtureCase } from '../../support/fixtures.ts'
import { loadTestPrograms } from './load-test-programs.ts'

// Each folder of test/fixtures/extract holds input.md, optionally options.json
// ({ "service": { "id", "name" } }, default Example Vault), and output.json: what extraction makes
// of the page, compact. UPDATE=1 rewrites output.json.
const root = new URL('../../fixtures/extract/', import.meta.url)
const programs = loadTestPrograms()

interface ExtractOptions {
  service: Pick<Service, 'id' | 'name'>
}

function run({ options, read }: FixtureCase<ExtractOptions>): unknown {
  const markdown = read()
  const settings = options.service ?? { id: 'vault', name: 'Example Vault' }
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

runFixtures(root, 'extract fixture:', run)
