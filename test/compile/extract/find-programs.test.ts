import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Program } from '../../../src/model/program.ts'
import { createProgramFinder, listedPrograms } from '../../../src/compile/extract/find-programs.ts'
import { loadTestPrograms } from './load-test-programs.ts'

const finder = createProgramFinder(loadTestPrograms())

const cases: [string, string[]][] = [
  ['The service holds a SOC2 report.', ['soc-2']],
  ['The service holds a SOC 2 report.', ['soc-2']],
  ['The service holds a soc-2 report.', ['soc-2']],
  ['It is in scope for SOC 1, SOC 2 and PCI DSS.', ['pci-dss', 'soc-1', 'soc-2']],
  ['It is PCI-3DS and PCI 3DS and pci3ds compliant.', ['pci-3ds']],
  ['Modules are FIPS 140-2 Level 3 validated.', ['fips-140-2']],
  ['Modules are FIPS 140-3 validated.', ['fips-140-3']],
  ['Modules are FIPS 140-2-validated.', ['fips-140-2']],
  ['Modules are fips 140 2 validated.', ['fips-140-2']],
  ['Modules moved from FIPS 140-2 to FIPS 140-3.', ['fips-140-2', 'fips-140-3']],
  ['The Payment Card Industry Data Security Standard applies.', ['pci-dss']],
  ['Workloads can be HIPAA eligible.', ['hipaa']],
  ['It holds an ISO/IEC 27001 certificate and ISO27001 scope.', ['iso-27001']],
  ['FedRAMP High and FedRAMP Moderate authorizations exist.', ['fedramp']],
  ['SOC 2 Type II reports are available.', ['soc-2']],
  ['No program here: SOCKET 2, ISOLATE, PCI bus, FIPS-approved.', []],
  ['The term SOC21 is not a program.', []],
  ['MySOC 2 is not either.', []],
  ['FIPS 140-20 is a made-up name.', []],
  // Umbrella names and numbers listed after a numbered name.
  ['The vault is audited under SOC 1, 2, and 3.', ['soc-1', 'soc-2', 'soc-3']],
  ['Reports: SOC 1/2/3.', ['soc-1', 'soc-2', 'soc-3']],
  ['Appliances are validated under FIPS 140-2 and 140-3.', ['fips-140-2', 'fips-140-3']],
  ['SOC reports are available on request.', ['soc-1', 'soc-2', 'soc-3']],
  ['Programs include SOC, PCI and HIPAA.', ['hipaa', 'pci-dss', 'soc-1', 'soc-2', 'soc-3']],
  ['System and Organization Controls (SOC) audits.', ['soc-1', 'soc-2', 'soc-3']],
  ['Payment Card Industry (PCI) merchants.', ['pci-dss']],
  ['PCI PIN and PCI 3DS are separate standards.', ['pci-3ds', 'pci-pin']],
  ['Your SOC team triages the alerts.', []],
  ['Attach the card to a PCI slot.', []],
  ['Use version 1, 2 of SOC 2.', ['soc-2']],
]

for (const [text, expected] of cases) {
  test(`find: ${text}`, () => assert.deepEqual(finder.find(text), expected))
}

test('the longest spelling wins and claims its whole span', () => {
  const matches = finder.matches('They are FIPS 140-2 Level 3 certified.')
  assert.equal(matches.length, 1)
  assert.deepEqual(matches[0], { program: 'fips-140-2', start: 9, end: 27 })
})

test('has() knows the canonical ids only', () => {
  assert.equal(finder.has('pci-dss'), true)
  assert.equal(finder.has('PCI DSS'), false)
  assert.equal(finder.has('nope'), false)
})

test('a hypothetical bare alias does not also match inside a longer program name', () => {
  const programs = [
    ...loadTestPrograms(),
    {
      id: 'fips',
      name: 'FIPS',
      aliases: ['FIPS'],
      kind: 'standard' as const,
      issuer: 'x',
      url: 'x',
      coverage: null,
    },
  ]
  const withBare = createProgramFinder(programs)
  assert.deepEqual(withBare.find('They are FIPS 140-2 validated.'), ['fips-140-2'])
  assert.deepEqual(withBare.find('They use FIPS endpoints.'), ['fips'])
})

test('a canonical id is a key, not a spelling: only name and aliases match', () => {
  const programs = [
    ...loadTestPrograms(),
    {
      id: 'c5',
      name: 'BSI C5',
      aliases: ['BSI C5', 'C5:2020'],
      kind: 'attestation' as const,
      issuer: 'x',
      url: 'x',
      coverage: null,
    },
  ]
  const withC5 = createProgramFinder(programs)
  assert.deepEqual(withC5.find('Launch C5 instances such as c5.large for the workload.'), [])
  assert.deepEqual(withC5.find('The service is attested under BSI C5.'), ['c5'])
  assert.deepEqual(withC5.find('The C5:2020 report is available.'), ['c5'])
  assert.equal(withC5.has('c5'), true)
})

test('the project vocabulary does not tag EC2 "C5 instances"', async () => {
  const { readFile } = await import('node:fs/promises')
  const { parse } = await import('yaml')
  const file = new URL('../../../content/programs.yml', import.meta.url)
  const vocabulary = createProgramFinder(parse(await readFile(file, 'utf8')) as Program[])
  assert.deepEqual(vocabulary.find('Launch C5 instances such as c5.large.'), [])
  assert.deepEqual(vocabulary.find('AWS holds a BSI C5 attestation.'), ['c5'])
})

test('listedPrograms reads a sentence that only lists the programs meant before it', () => {
  assert.deepEqual(listedPrograms('These include SOC 2, HIPAA, and others.', finder), [
    'hipaa',
    'soc-2',
  ])
  assert.deepEqual(listedPrograms('The vault is HIPAA eligible.', finder), [])
})
