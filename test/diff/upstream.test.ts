import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Change, GraphDiff } from '../../src/diff/change.ts'
import { diffGraphs } from '../../src/diff/diff-graphs.ts'
import type { Graph } from '../../src/model/graph.ts'
import {
  skipUnless,
  upstreamGuide2022 as OLD,
  upstreamGuide as NEW,
} from '../support/shared-corpus.ts'

const { skip } = skipUnless(OLD, NEW)

/** Topic a change is on, on either side (attestations: the topics of their claims). */
function topicsOf(change: Change, old: Graph, next: Graph): string[] {
  const out = new Set<string>()
  for (const [state, graph] of [
    [change.before, old],
    [change.after, next],
  ] as const) {
    if (state === null) continue
    if (change.node === 'topic') out.add(state.id)
    else if (typeof state.fields.topic === 'string') out.add(state.fields.topic)
    else {
      for (const source of state.sources) {
        const topic = graph.topics.find((t) => t.source.file === source.file)
        if (topic) out.add(topic.id)
      }
    }
  }
  return [...out]
}

describe('upstream CloudHSM guide, June 2022 -> April 2023', { skip }, () => {
  let old: Graph
  let next: Graph
  let diff: GraphDiff
  const on = (topic: string): Change[] =>
    diff.changes.filter((c) => topicsOf(c, old, next).includes(topic))

  before(async () => {
    ;[old, next] = await Promise.all([buildGraph({ content: OLD }), buildGraph({ content: NEW })])
    diff = diffGraphs(old, next)
  })

  test('the compliance page was renamed, and no other topic changed', () => {
    const topics = diff.changes.filter((c) => c.node === 'topic')
    assert.equal(topics.length, 1)
    const [renamed] = topics
    assert.equal(renamed?.type, 'modified')
    assert.equal(renamed?.match, 'id')
    assert.equal(renamed?.after?.fields.file, 'fips-validation.md')
    assert.deepEqual(renamed?.fields, [
      { field: 'title', before: 'FIPS validation', after: 'Compliance' },
    ])
  })

  test('PCI PIN, PCI 3DS and SOC 2 attestations were added; the FIPS certificate changed', () => {
    const attestations = diff.changes.filter((c) => c.node === 'attestation')
    const added = attestations.filter((c) => c.type === 'added').map((c) => c.after?.fields.program)
    assert.deepEqual(added.sort(), ['pci-3ds', 'pci-pin', 'soc-2'])
    const pin = attestations.find((c) => c.after?.fields.program === 'pci-pin')
    assert.equal(pin?.after?.fields.since, 'January 2023')

    const others = attestations.filter((c) => c.type !== 'added')
    assert.deepEqual(
      others.map((c) => [c.type, c.after?.fields.program, c.fields.map((f) => f.field)]),
      [['modified', 'fips-140-2', ['certificate', 'since']]],
    )
    // June 2022 states #3254 and its issue date in a list item under a FIPS heading, apart from
    // the claim; April 2023 states #4218 in the claim itself, with no date.
    const [certificate, since] = others[0]?.fields ?? []
    assert.deepEqual([certificate?.before, certificate?.after], ['3254', '4218'])
    assert.deepEqual([since?.before, since?.after], ['August 2, 2018', null])
    // PCI DSS was held on both dates: no change, although one more sentence repeats the claim.
    assert.ok(!attestations.some((c) => c.after?.fields.program === 'pci-dss'))
  })

  test('the reworded data-protection sentences are modified, the others did not change', () => {
    const changes = on('cloudhsm.data-protection')
    assert.ok(changes.length >= 3)
    for (const change of changes) {
      assert.equal(change.node, 'control')
      assert.equal(change.type, 'modified', change.id)
      assert.equal(change.match, 'similarity')
      assert.deepEqual(
        change.fields.map((f) => f.field),
        ['statement'],
      )
      assert.equal(change.before?.sources[0]?.line, change.after?.sources[0]?.line)
    }
    const words = changes.map((c): [string, string] => [c.before?.text ?? '', c.after?.text ?? ''])
    // The three rewordings, by the words that changed.
    assert.ok(words.some(([, after]) => after.includes('IAM Identity Center')))
    assert.ok(words.some(([b, a]) => b.includes('personal data') && a.includes('sensitive data')))
    assert.ok(words.some(([b, a]) => !b.includes('free-form text') && a.includes('free-form text')))
    assert.equal(changes.length, 3)
    // Sentences of the page that did not change are not reported.
    const unchanged = old.controls.filter((c) => c.topic === 'cloudhsm.data-protection')
    assert.ok(unchanged.length > changes.length)
  })

  test('the FIPS 140-2 claim is a reworded control, the new claims are added controls', () => {
    const controls = on('cloudhsm.fips-validation').filter((c) => c.node === 'control')
    assert.ok(!controls.some((c) => c.type === 'moved'))
    const fips = controls.find((c) => c.after?.text.includes('#4218'))
    assert.equal(fips?.type, 'modified')
    assert.equal(fips?.match, 'similarity')
    assert.ok(fips?.before?.text.includes('FIPS 140-2 level 3'))
    for (const program of ['pci-pin', 'pci-3ds', 'soc-2']) {
      assert.ok(
        controls.some((c) => c.type === 'added' && c.after?.fields.programs?.includes(program)),
        program,
      )
    }
    // The PCI DSS claim of June 2022 is still there on April 2023.
    assert.ok(!controls.some((c) => c.before?.fields.programs?.includes('pci-dss')))
  })

  test('sections of the compliance page: three added, the hardware one removed', () => {
    const sections = diff.changes.filter((c) => c.node === 'section')
    assert.deepEqual(
      sections.map((c) => [c.type, (c.after ?? c.before)?.id]),
      [
        ['added', 'cloudhsm.fips-validation.pci-pin-compliance'],
        ['added', 'cloudhsm.fips-validation.pci-3ds-compliance'],
        ['added', 'cloudhsm.fips-validation.soc2'],
        ['removed', 'cloudhsm.fips-validation.fips-validation-for-hardware-used-by-cloudhsm'],
      ],
    )
  })

  test('infrastructure security: only the added sentence, not the changed link texts', () => {
    const changes = on('cloudhsm.infrastructure-security')
    assert.ok(changes.length <= 1)
    for (const change of changes) {
      assert.equal(change.type, 'added')
      assert.equal(change.node, 'control')
      assert.ok(change.after?.text.includes('private subnets'))
    }
  })

  test('no change on the untouched pages', () => {
    for (const topic of [
      'cloudhsm.security',
      'cloudhsm.identity-access-management',
      'cloudhsm.disaster-recovery-resiliency',
      'cloudhsm.cloudhsm-vpc-endpoint',
      'cloudhsm.update-management',
    ]) {
      assert.deepEqual(
        on(topic).map((c) => c.id),
        [],
        topic,
      )
    }
    const pages = new Set([
      'cloudhsm.data-protection',
      'cloudhsm.fips-validation',
      'cloudhsm.infrastructure-security',
    ])
    for (const change of diff.changes) {
      if (change.node === 'topic') continue
      assert.ok(
        topicsOf(change, old, next).every((t) => pages.has(t)),
        change.id,
      )
    }
    // Only the hardware section went away (and whatever of it the extraction made a control).
    const hardware = 'cloudhsm.fips-validation.fips-validation-for-hardware-used-by-cloudhsm'
    for (const change of diff.changes.filter((c) => c.type === 'removed')) {
      const state = change.before
      assert.ok(state?.id === hardware || state?.fields.section === hardware, change.id)
    }
    assert.equal(diff.summary.moved, 0)
  })

  test('the diff is deterministic', () => {
    assert.deepEqual(diffGraphs(old, next), diff)
  })
})
