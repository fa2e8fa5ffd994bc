import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { createLiteralPrefilter } from '../../../src/compile/map/create-literal-prefilter.ts'
import { CONCEPTS, findConcepts } from '../../../src/compile/map/index.ts'
import type { Concept, ConceptHit } from '../../../src/compile/map/index.ts'
import { requiredLiterals } from '../../../src/compile/map/required-literals.ts'
import { markdownLines } from '../../support/markdown-lines.ts'
import { projectRoot, skipUnless, upstreamGuide } from '../../support/shared-corpus.ts'

const concepts = CONCEPTS as readonly Concept[]
const patterns = concepts.flatMap((concept) => [...concept.patterns, ...(concept.unless ?? [])])

test('requiredLiterals: the literals every match holds, or null', () => {
  const cases: [RegExp, string[] | null][] = [
    [/\bencrypt\w*\b/i, ['encrypt']],
    [/\bat[- ]rest\b/i, ['at rest', 'at-rest']],
    [/\b(?:Disks?|volumes?)\b/i, ['disk', 'disks', 'volume', 'volumes']],
    [/\b(?:foo|bar)\b[^.;]{0,40}\bbazz\b/i, ['bazz']],
    [/(?:abc)+x/, ['abc']],
    [/(?=abc)def|(?<!no )ghi/, ['def', 'ghi']],
    [/repositor(?:y|ies)/, ['repositories', 'repository']],
    [/\d{2,5} ports?/i, [' port', ' ports']],
    [/ISO(?:\/IEC)?/, ['iso', 'iso/iec']],
    [/(?<name>tls)/i, ['tls']],
    // A branch with no literal, or one too short to rule anything out: the pattern always runs.
    [/\bkeys?\b|\w+ed/, null],
    [/\b(?:az|zones?)\b/i, null],
    [/x?y*z{0,3}/, null],
    [/[a-z]{4}/, null],
    // Flags whose matching a lower-cased literal would not follow.
    [/encrypt/u, null],
    [/encrypt/g, null],
  ]
  for (const [pattern, expected] of cases)
    assert.deepEqual(requiredLiterals(pattern), expected, String(pattern))
})

test('the prefilter rules out the patterns whose words a text lacks, and knows no others', () => {
  const known = /\bencrypt\w*\b/i
  const other = /\bquorum\b/i
  const unknown = /\bsecrets?\b/i
  const prefilter = createLiteralPrefilter([known, other, /\w+/])
  const mayMatch = prefilter.scan('Each volume is ENCRYPTED with a customer key.')
  assert.equal(mayMatch(known), true)
  assert.equal(mayMatch(other), false)
  assert.equal(mayMatch(unknown), true, 'a pattern it was not built with always runs')
  // Overlapping keys both count ("enc" inside "encrypt", "cryp" starting inside it).
  const overlap = createLiteralPrefilter([/\benc\b/, /crypt/, /\bencrypt/])
  const inside = overlap.scan('encrypt')
  assert.deepEqual([/\benc\b/, /crypt/, /\bencrypt/].map(inside), [true, true, true])
  // Most of the table's patterns need a word this sentence lacks.
  const plain = createLiteralPrefilter(patterns).scan('The weather was mild all afternoon.')
  assert.ok(patterns.filter(plain).length < patterns.length / 10)
})

/** findConcepts with every pattern run, as before the prefilter. */
const unfiltered = (text: string): ConceptHit[] => findConcepts(text, () => true)

/** Each text as written, and in upper and lower case (the patterns ignore case). */
function assertSameAsUnfiltered(texts: readonly string[]): void {
  for (const written of texts)
    for (const text of [written, written.toUpperCase(), written.toLowerCase()])
      assert.deepEqual(findConcepts(text), unfiltered(text), text)
}

test('findConcepts with the prefilter finds what every pattern run on its own finds', () => {
  const examples = concepts.flatMap((concept) => concept.examples)
  const ours = [
    ...markdownLines(join(projectRoot, 'content')),
    ...markdownLines(join(projectRoot, 'test/fixtures')),
  ]
  assert.ok(ours.length > 1000)
  assertSameAsUnfiltered([...examples, ...ours])
})

test('… and on every line of the upstream guide', skipUnless(upstreamGuide), () => {
  assertSameAsUnfiltered(markdownLines(upstreamGuide))
})
