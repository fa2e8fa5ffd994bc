import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { before, describe, it } from 'node:test'
import { buildGraph } from '../../../src/compile/build-graph.ts'
import type { Control, Graph } from '../../../src/model/index.ts'
import { projectRoot } from '../../support/shared-corpus.ts'
import { base, local } from './support.ts'

/**
 * The CloudHSM chapter's controls (content/cloudhsm) carry requirements a reviewer would accept,
 * each with the reason shown.
 */
describe('requirements of the CloudHSM chapter', () => {
  let graph: Graph
  before(async () => {
    graph = await buildGraph({ content: resolve(projectRoot, 'content') })
  })

  const control = (words: RegExp): Control => {
    const found = graph.controls.filter((c) => c.service === 'cloudhsm' && words.test(c.statement))
    assert.equal(found.length, 1, `${words}: ${found.length} controls`)
    return found[0] as Control
  }
  /** The requirement (or, with `family`, one of its enhancements) in the top three base controls. */
  const assertTop3 = (c: Control, id: string, family = false): void => {
    const top = [...new Set(c.requirements.map((m) => base(m.requirement)))].slice(0, 3)
    assert.ok(top.includes(base(id)), `${c.statement}\n  → ${top.join(', ')}; want ${id}`)
    const mapping = c.requirements.find((m) =>
      family ? base(m.requirement) === base(id) : local(m.requirement) === id,
    )
    assert.ok(mapping, `${id} itself is listed`)
    assert.match(mapping.rationale, /^[a-z-]+: "[^"]+"/, 'the reason names concept and words')
  }

  it('encryption at rest → SC-28 (backups encrypted under the Encryption at rest heading)', () => {
    const c = control(/^Before an HSM hands a backup/)
    assertTop3(c, 'sc-28', true)
    assertTop3(c, 'cp-9', true)
  })

  it('FIPS-validated HSMs → SC-13, as evidence', () => {
    const c = control(/validated at FIPS 140-2 Level 3/)
    assertTop3(c, 'sc-13')
    assert.equal(c.requirements.find((m) => local(m.requirement) === 'sc-13')?.relation, 'evidence')
  })

  it('MFA → IA-2(1)', () => {
    const c = control(/multi-factor authentication \(MFA\)/)
    assert.equal(local(c.requirements[0]?.requirement ?? ''), 'ia-2.1')
  })

  it('signed firmware → the SI-7 family', () => {
    assertTop3(control(/only firmware that carries a cryptographic signature/), 'si-7', true)
  })

  it('VPC endpoint policies → AC-3 and SC-7', () => {
    const c = control(/attach an endpoint policy/)
    assertTop3(c, 'ac-3')
    assertTop3(c, 'sc-7')
  })

  it('backups → CP-9', () => {
    const c = control(/backs up each cluster automatically/)
    assert.equal(base(c.requirements[0]?.requirement ?? ''), 'cp-9')
  })

  it('every mapped control reaches the programs of its requirements', () => {
    const byId = new Map(graph.requirements.map((r) => [r.id, r]))
    let mapped = 0
    for (const c of graph.controls) {
      if (c.requirements.length > 0) mapped++
      const expected = new Set<string>()
      for (const m of c.requirements) {
        const r = byId.get(m.requirement)
        assert.ok(r, `${c.id}: unknown requirement ${m.requirement}`)
        for (const b of r.baselines) expected.add(b)
        for (const rel of r.related) expected.add(rel.program)
      }
      assert.deepEqual(c.supports, [...expected].sort())
    }
    assert.ok(
      mapped / graph.controls.length > 0.8,
      `only ${mapped} of ${graph.controls.length} mapped`,
    )
  })
})
