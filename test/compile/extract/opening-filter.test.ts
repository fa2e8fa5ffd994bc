import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { createOpeningFilter } from '../../../src/compile/extract/create-opening-filter.ts'
import { PROGRAM_UMBRELLAS } from '../../../src/compile/extract/program-umbrellas.ts'
import { loadPrograms } from '../../../src/compile/steps/load-programs.ts'
import { markdownLines } from '../../support/markdown-lines.ts'
import { projectRoot, skipUnless, upstreamGuide } from '../../support/shared-corpus.ts'

/** Every spelling the program finder looks for: names, aliases and umbrella names. */
async function shippedSpellings(): Promise<string[]> {
  const { programs } = await loadPrograms(join(projectRoot, 'content'), [])
  return [
    ...programs.flatMap((program) => [program.name, ...program.aliases]),
    ...PROGRAM_UMBRELLAS.map((umbrella) => umbrella.spelling),
  ]
}

/** The check's definition, spelt out slowly: a spelling's first word at a word start. */
function oracle(spellings: readonly string[]): (text: string) => boolean {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const patterns = spellings.map((spelling) => {
    const [first = '', second = ''] = spelling.trim().split(/[\s\-‐‑–]+/)
    const opening =
      first.length === 1
        ? `${escape(first)}(?:[\\s\\-‐‑–]|${escape(second[0] ?? '')})`
        : escape(first)
    return new RegExp(`(?<![A-Za-z0-9])${opening}`, 'i')
  })
  return (text) => patterns.some((pattern) => pattern.test(text))
}

/** Never rules out a text that opens a spelling; returns the share of texts it rules out. */
function assertNecessary(spellings: readonly string[], texts: readonly string[]): number {
  const filter = createOpeningFilter(spellings)
  assert.ok(filter, 'the shipped spellings can be checked by their openings')
  const slow = oracle(spellings)
  let ruledOut = 0
  for (const written of texts)
    for (const text of [written, written.toUpperCase(), written.toLowerCase()]) {
      const may = filter(text)
      if (slow(text)) assert.ok(may, text)
      if (!may) ruledOut++
    }
  return ruledOut / (texts.length * 3)
}

test('the opening filter: three characters, two for a short word, one letter before a separator', () => {
  const filter = createOpeningFilter(['FedRAMP Moderate', 'C5', 'K-ISMS', 'ISO/IEC 27001'])
  assert.ok(filter)
  for (const text of ['under fedramp', 'the C5 catalogue', 'K ISMS', 'kisms', '(iso/iec 27017)'])
    assert.equal(filter(text), true, text)
  for (const text of ['a preFEDramp', 'EC5 instances', 'keys', 'isolation of keys', ''])
    assert.equal(filter(text), text === 'isolation of keys', text)
  assert.equal(createOpeningFilter(['X']), null)
  assert.equal(createOpeningFilter(['Ōkura Standard']), null)
})

test('it never rules out a line of ours that opens a program name, and rules most out', async () => {
  const texts = [
    ...markdownLines(join(projectRoot, 'content')),
    ...markdownLines(join(projectRoot, 'test/fixtures')),
  ]
  assert.ok(assertNecessary(await shippedSpellings(), texts) > 0.3)
})

test('… nor a line of the upstream guide', skipUnless(upstreamGuide), async () => {
  assert.ok(assertNecessary(await shippedSpellings(), markdownLines(upstreamGuide)) > 0.3)
})
