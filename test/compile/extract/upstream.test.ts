import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import { parse } from 'yaml'
import { extractControls } from '../../../src/compile/extract/extract-controls.ts'
import type { ExtractResult } from '../../../src/compile/extract/extract-controls.ts'
import { parsePage } from '../../../src/compile/parse-page.ts'
import type { Control } from '../../../src/model/control.ts'
import type { Program } from '../../../src/model/program.ts'
import { projectRoot, skipUnless, upstreamGuide as docs } from '../../support/shared-corpus.ts'
import { loadTestPrograms } from './load-test-programs.ts'
import { CHAPTER_PAGES, CHAPTER_SERVICE } from './upstream-chapter.ts'

// Named expectations on the real "Security in AWS CloudHSM" chapter (read by path, never copied).
const vocabulary = path.join(projectRoot, 'content/programs.yml')
const programs: Program[] = existsSync(vocabulary)
  ? (parse(readFileSync(vocabulary, 'utf8')) as Program[])
  : loadTestPrograms()
const service = CHAPTER_SERVICE
const chapter = CHAPTER_PAGES

function extract(file: string): ExtractResult {
  const markdown = readFileSync(path.join(docs, file), 'utf8')
  const { page } = parsePage({ file, markdown, service: service.id })
  return extractControls(page, { service, programs })
}

/** The one control whose statement matches, failing clearly when there is none or several. */
function one(controls: Control[], pattern: RegExp): Control {
  const found = controls.filter((control) => pattern.test(control.statement))
  assert.equal(found.length, 1, `expected one control matching ${pattern}, got ${found.length}`)
  return found[0] as Control
}

const skip = skipUnless(docs)

describe('upstream CloudHSM security chapter', skip, () => {
  const results = new Map(skip.skip ? [] : chapter.map((file) => [file, extract(file)]))
  const page = (file: string): ExtractResult => results.get(file) as ExtractResult
  const all = (): Control[] => [...results.values()].flatMap((result) => result.controls)

  test('the MFA advice is a customer recommendation', () => {
    const control = one(page('data-protection.md').controls, /multi-factor authentication/i)
    assert.equal(control.kind, 'recommendation')
    assert.equal(control.owner, 'customer')
  })

  test('items under the recommending lead-in are customer recommendations', () => {
    const { controls } = page('data-protection.md')
    for (const pattern of [
      /^Use SSL\/TLS/,
      /CloudTrail/,
      /encryption solutions/,
      /Macie/,
      /FIPS endpoint\.$/,
    ]) {
      const control = one(controls, pattern)
      assert.equal(`${control.kind}/${control.owner}`, 'recommendation/customer', control.statement)
    }
    assert.ok(controls.every((control) => !/in the following ways:$/.test(control.statement)))
  })

  test('the signed-firmware statement is the provider’s', () => {
    const control = one(page('update-management.md').controls, /^Only firmware/)
    assert.equal(control.owner, 'provider')
    assert.ok(['guarantee', 'requirement'].includes(control.kind), control.kind)
  })

  test('"AWS manages the firmware" is a provider guarantee', () => {
    const control = one(page('update-management.md').controls, /^AWS manages the firmware/)
    assert.equal(`${control.kind}/${control.owner}`, 'guarantee/provider')
  })

  test('the FIPS 140-2 Level 3 statement is an attested provider guarantee', () => {
    const result = page('fips-validation.md')
    const control = one(result.controls, /level 3 certified/i)
    assert.equal(`${control.kind}/${control.owner}`, 'guarantee/provider')
    assert.ok(control.programs.includes('fips-140-2'))
    const attestation = result.attestations.find((a) => a.control === control.id)
    assert.ok(attestation, 'an attestation points at the control')
    assert.equal(attestation.program, 'fips-140-2')
    assert.equal(attestation.certificate, '4218')
    assert.equal(attestation.level, 'Level 3')
    assert.equal(attestation.service, 'cloudhsm')
  })

  test('PCI PIN is attested since January 2023; PCI DSS, PCI 3DS and SOC 2 are attested', () => {
    const { attestations } = page('fips-validation.md')
    assert.ok(attestations.some((a) => a.program === 'pci-pin' && a.since === 'January 2023'))
    for (const program of ['pci-dss', 'pci-3ds', 'soc-2'])
      assert.ok(
        attestations.some((a) => a.program === program),
        program,
      )
    assert.ok(attestations.every((a) => a.id.startsWith(`cloudhsm.${a.program}`)))
  })

  test('"Clients must support TLS 1.0 or later" is a customer requirement', () => {
    const control = one(
      page('infrastructure-security.md').controls,
      /^Clients must support Transport/,
    )
    assert.equal(`${control.kind}/${control.owner}`, 'requirement/customer')
  })

  test('signed requests are a customer requirement', () => {
    const control = one(page('infrastructure-security.md').controls, /requests must be signed/)
    assert.equal(`${control.kind}/${control.owner}`, 'requirement/customer')
  })

  test('creating an interface VPC endpoint is a customer capability', () => {
    const control = one(
      page('cloudhsm-vpc-endpoint.md').controls,
      /^You can establish a private connection/,
    )
    assert.equal(`${control.kind}/${control.owner}`, 'capability/customer')
  })

  test('end-to-end encryption is a provider guarantee', () => {
    const control = one(page('data-protection.md').controls, /encrypted from end to end/)
    assert.equal(`${control.kind}/${control.owner}`, 'guarantee/provider')
  })

  test('navigation sentences are never controls', () => {
    for (const control of all()) {
      assert.doesNotMatch(control.statement, /^(?:For (?:more|further) information|To learn about)/)
      assert.doesNotMatch(control.statement, /\b(?:see|refer to) /i)
    }
  })

  test('the IAM policy JSON blocks give no controls', () => {
    for (const control of page('identity-access-management.md').controls) {
      assert.doesNotMatch(control.statement, /"(?:Effect|Action|Statement|Version)"/)
      assert.doesNotMatch(control.statement, /^\{/)
    }
  })

  test('the Topics list and the Examples link list give no controls', () => {
    const titles = [
      'Data protection in AWS CloudHSM',
      'Compliance',
      'Read Only Permissions',
      'Admin Permissions',
    ]
    for (const control of all()) assert.ok(!titles.includes(control.statement), control.statement)
  })

  test('definitions are not controls', () => {
    for (const control of all()) {
      assert.doesNotMatch(
        control.statement,
        /^(?:A virtual private cloud|An IAM policy is|SOC2 is a|The Payment Card Industry)/,
      )
    }
  })

  test('sources point at where each statement starts', () => {
    const file = path.join(docs, 'infrastructure-security.md')
    const lines = readFileSync(file, 'utf8').split('\n')
    for (const control of page('infrastructure-security.md').controls) {
      const line = lines[control.source.line - 1] ?? ''
      const firstWord = control.statement.split(/\s+/)[0] as string
      assert.ok(line.slice(control.source.column - 1).startsWith(firstWord), control.statement)
    }
  })

  test('every control is well formed', () => {
    for (const control of all()) {
      assert.match(control.id, /^cloudhsm\.[a-z0-9.-]+$/)
      assert.ok(control.confidence > 0 && control.confidence <= 1)
      assert.equal(control.origin, 'inferred')
      assert.deepEqual(control.programs, [...control.programs].sort())
    }
    const ids = all().map((control) => control.id)
    assert.equal(new Set(ids).size, ids.length, 'ids are unique')
  })
})
