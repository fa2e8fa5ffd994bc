import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, mock, test } from 'node:test'
import { parse } from 'csv-parse/sync'
import { writeGraph } from '../../src/model/write-graph.ts'
import { checklistCommand } from '../../src/cli/commands/checklist.ts'
import { exportCommand } from '../../src/cli/commands/export.ts'
import type { Command } from '../../src/cli/command.ts'
import { parseMarkdownChecklist } from './support/parse-markdown-checklist.ts'
import { validateOscal } from './support/oscal-validator.ts'
import { oscalSchemaFile, skipUnless } from '../support/shared-corpus.ts'
import { createTestGraph } from '../support/create-test-graph.ts'
import { contentRoot } from './support/paths.ts'

let dir = ''
let graphFile = ''

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secgraph-checklist-'))
  graphFile = join(dir, 'graph.json')
  await writeGraph(createTestGraph({ example: 'keystore' }), graphFile)
})

after(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs a command in-process; what it prints to stderr is collected instead of shown. */
async function run(command: Command, argv: string[]): Promise<{ code: number; stderr: string }> {
  const lines: string[] = []
  const error = mock.method(console, 'error', (...args: unknown[]) => {
    lines.push(args.map(String).join(' '))
  })
  try {
    return { code: await command.run(argv), stderr: lines.join('\n') }
  } finally {
    error.mock.restore()
  }
}

test('checklist --out FILE.md writes the Markdown checklist of the scope', async () => {
  const out = join(dir, 'nested', 'keystore-pci.md')
  const result = await run(checklistCommand, [
    '--graph',
    graphFile,
    '--service',
    'keystore',
    '--program',
    'pci-dss',
    '--program-only',
    '--out',
    out,
  ])
  assert.equal(result.code, 0, result.stderr)
  assert.match(result.stderr, /2 inherited, 2 actions; wrote/)
  const { tasks } = parseMarkdownChecklist(await readFile(out, 'utf8'))
  assert.deepEqual(
    tasks.map((t) => t.lines[0]),
    [
      'PCI DSS: Keystore meets PCI DSS and SOC 2 requirements.',
      'PCI DSS (since March 2024): Keystore is PCI DSS compliant.',
      'For PCI DSS workloads, enable audit log export to your own account.',
      'Customers must scope their own cardholder data environment.',
    ],
  )
  // Written through a temporary file that is gone afterwards.
  assert.deepEqual(await readdir(join(dir, 'nested')), ['keystore-pci.md'])
})

test('checklist picks the format from --out, repeated and comma-separated scope options', async () => {
  const out = join(dir, 'keystore.csv')
  const result = await run(checklistCommand, [
    `--graph=${graphFile}`,
    '--service=keystore',
    '--owner',
    'shared',
    '--owner',
    'provider,customer',
    '--kind',
    'capability',
    '--out',
    out,
  ])
  assert.equal(result.code, 0, result.stderr)
  const rows = parse(await readFile(out, 'utf8'), { columns: true }) as Record<string, string>[]
  assert.deepEqual(
    rows.filter((r) => r.section === 'action').map((r) => r.id),
    [
      'keystore.data-protection.keystore-offers-cluster-wide-logging-cccccc',
      'keystore.backups.you-can-copy-backups-to-ffffff',
    ],
  )
})

test("the CLI speaks the API's scope vocabulary: names, aliases and any case", async () => {
  const canonical = join(dir, 'canonical.json')
  const spelled = join(dir, 'spelled.json')
  const base = [`--graph=${graphFile}`, '--format=json']
  const a = await run(checklistCommand, [
    ...base,
    '--service=keystore',
    '--owner=customer',
    '--program=pci-dss',
    '--out',
    canonical,
  ])
  const b = await run(checklistCommand, [
    ...base,
    '--service=Acme Keystore',
    '--owner=Customer',
    '--program=PCI DSS',
    '--out',
    spelled,
  ])
  assert.equal(a.code, 0, a.stderr)
  assert.equal(b.code, 0, b.stderr)
  const strip = (text: string) => ({
    ...JSON.parse(text),
    header: { ...JSON.parse(text).header, generatedAt: '' },
  })
  assert.deepEqual(strip(await readFile(spelled, 'utf8')), strip(await readFile(canonical, 'utf8')))
  const exported = await run(exportCommand, [
    'oscal-catalog',
    `--graph=${graphFile}`,
    '--service=ACME KEYSTORE',
    '--out',
    join(dir, 'catalog.json'),
  ])
  assert.equal(exported.code, 0, exported.stderr)
})

test('unknown program, owner or service: one line each with the valid values, exit 2', async () => {
  const result = await run(checklistCommand, [
    '--graph',
    graphFile,
    '--program',
    'iso-9999',
    '--owner',
    'nobody',
  ])
  assert.equal(result.code, 2)
  assert.deepEqual(result.stderr.split('\n'), [
    'secgraph checklist: --service: required when the graph has several services (valid: keystore, queue)',
    "secgraph checklist: --program: unknown program 'iso-9999' (valid: fips-140-2, pci-dss, pci-pin, soc-2)",
    "secgraph checklist: --owner: unknown owner 'nobody' (valid: provider, customer, shared)",
  ])
})

test('bad usage exits 2, an unreadable graph exits 1, each with one line', async () => {
  const unknown = await run(checklistCommand, ['--graph', graphFile, '--colour'])
  assert.equal(unknown.code, 2)
  assert.match(unknown.stderr, /Unknown option '--colour'/)
  const format = await run(checklistCommand, ['--graph', graphFile, '--format', 'pdf'])
  assert.equal(format.code, 2)
  assert.match(format.stderr, /unknown format 'pdf' \(valid: json, markdown, csv, oscal\)/)
  const clash = await run(checklistCommand, ['--graph', graphFile, '--content', 'content'])
  assert.equal(clash.code, 2)
  const missing = await run(checklistCommand, ['--graph', join(dir, 'none.json')])
  assert.equal(missing.code, 1)
  assert.match(missing.stderr, /cannot read graph .*none\.json/)
  assert.ok(!missing.stderr.includes('\n    at '), 'no stack trace')
})

test(
  'export oscal-component-definition --service writes valid OSCAL for that service',
  skipUnless(oscalSchemaFile),
  async () => {
    const out = join(dir, 'keystore.component-definition.json')
    const result = await run(exportCommand, [
      'oscal-component-definition',
      '--graph',
      graphFile,
      '--service',
      'keystore',
      '--catalog-href',
      'catalog.json',
      '--out',
      out,
    ])
    assert.equal(result.code, 0, result.stderr)
    const document = JSON.parse(await readFile(out, 'utf8')) as {
      'component-definition': {
        components: { title: string; 'control-implementations': { source: string }[] }[]
      }
    }
    assert.deepEqual(validateOscal(document), [])
    const components = document['component-definition'].components
    assert.deepEqual(
      components.map((c) => c.title),
      ['Acme Keystore'],
    )
    assert.equal(components[0]?.['control-implementations'][0]?.source, 'catalog.json')
  },
)

test(
  'export oscal-catalog writes a valid catalog; bad targets and services exit 2',
  skipUnless(oscalSchemaFile),
  async () => {
    const out = join(dir, 'catalog.json')
    const result = await run(exportCommand, ['oscal-catalog', '--graph', graphFile, '--out', out])
    assert.equal(result.code, 0, result.stderr)
    assert.deepEqual(validateOscal(JSON.parse(await readFile(out, 'utf8'))), [])
    const target = await run(exportCommand, ['oscal-profile', '--graph', graphFile])
    assert.equal(target.code, 2)
    assert.match(
      target.stderr,
      /expected one of oscal-catalog, oscal-component-definition, got 'oscal-profile'/,
    )
    const service = await run(exportCommand, [
      'oscal-catalog',
      '--graph',
      graphFile,
      '--service',
      'nope',
    ])
    assert.equal(service.code, 2)
    assert.match(service.stderr, /--service: unknown service 'nope' \(valid: keystore, queue\)/)
  },
)

test('checklist --baseline writes the responsibility matrix (.csv: with a BOM); action filters exit 2', async () => {
  const out = join(dir, 'matrix.csv')
  const result = await run(checklistCommand, [
    '--content',
    contentRoot,
    '--service=cloudhsm',
    '--baseline=fedramp-moderate',
    '--out',
    out,
  ])
  assert.equal(result.code, 0, result.stderr)
  assert.match(result.stderr, /\d+ of \d+ requirements addressed; wrote /)
  const text = await readFile(out, 'utf8')
  assert.ok(text.startsWith('\uFEFFrequirement,label,title,family,origination'))
  const conflict = await run(checklistCommand, [
    '--content',
    contentRoot,
    '--baseline=fedramp-moderate',
    '--owner=customer',
  ])
  assert.equal(conflict.code, 2)
  assert.match(conflict.stderr, /--owner: does not apply with --baseline/)
})
