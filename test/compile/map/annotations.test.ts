import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { buildGraph } from '../../../src/compile/build-graph.ts'
import { parseAnnotation } from '../../../src/compile/extract/parse-annotation.ts'
import { applyRequirementAnnotation } from '../../../src/compile/map/apply-requirement-annotation.ts'
import { resolveRequirementId } from '../../../src/compile/map/index.ts'
import type { Control } from '../../../src/model/index.ts'
import { tempDir } from '../helpers.ts'
import { local, shippedMapper } from './support.ts'

const PAGE = `# Security in Example Box

<!-- secgraph: requirements=+IA-2(1),-sc-28 -->
Snapshots are encrypted at rest, and only administrators with MFA can restore them.

<!-- secgraph: requirements=cp-9,au-9 -->
Backups are encrypted at rest.

<!-- secgraph: requirements=sc-99,-zz-1 -->
You must rotate the keys every year.
`

test('requirements= pins, adds and rejects catalog requirements; unknown ids are reported', async () => {
  const { dir, cleanup } = tempDir()
  try {
    mkdirSync(join(dir, 'box'))
    writeFileSync(join(dir, 'box', 'security.md'), PAGE)
    const graph = await buildGraph({ content: dir })
    const control = (words: RegExp) =>
      graph.controls.find((c) => words.test(c.statement)) as Control
    const added = control(/^Snapshots/)
    assert.deepEqual(added.requirements[0], {
      requirement: 'nist-800-53-r5:ia-2.1',
      relation: 'implements',
      confidence: 1,
      origin: 'annotated',
      rationale: 'annotation: requirements=+IA-2(1),-sc-28',
    })
    assert.ok(
      !added.requirements.some((m) => /:sc-28(\.\d+)?$/.test(m.requirement)),
      'rejecting SC-28 rejects SC-28(1) too',
    )
    assert.ok(added.requirements.slice(1).every((m) => m.origin === 'inferred'))
    const pinned = control(/^Backups/)
    assert.deepEqual(
      pinned.requirements.map((m) => [local(m.requirement), m.origin]),
      [
        ['cp-9', 'annotated'],
        ['au-9', 'annotated'],
      ],
    )
    assert.ok(pinned.supports.includes('fedramp-low'))
    const unknown = graph.diagnostics.filter((d) => d.code === 'annotation-unknown-requirement')
    assert.deepEqual(
      unknown.map((d) => [d.line, d.message]),
      [
        [9, 'Unknown requirement "sc-99" in secgraph annotation'],
        [9, 'Unknown requirement "zz-1" in secgraph annotation'],
      ],
    )
    assert.equal(local(control(/^You must rotate/).requirements[0]?.requirement ?? ''), 'sc-12')
  } finally {
    cleanup()
  }
})

test('parseAnnotation reads requirements= through the resolver it is given', async () => {
  const { catalog } = await shippedMapper()
  const parsed = parseAnnotation({
    text: 'secgraph: requirements=SC-28,+ia-2.1,-AC-3,+ia-2.1',
    file: 'a.md',
    line: 1,
    column: 1,
    isProgram: () => false,
    resolveRequirement: (id) => resolveRequirementId(catalog, id),
  })
  assert.deepEqual(parsed.diagnostics, [])
  assert.deepEqual(parsed.annotation?.requirements, {
    pin: ['nist-800-53-r5:sc-28'],
    add: ['nist-800-53-r5:ia-2.1'],
    reject: ['nist-800-53-r5:ac-3'],
    text: 'SC-28,+ia-2.1,-AC-3,+ia-2.1',
  })
})

test('an evidence mapping pinned by an annotation stays evidence', () => {
  const inferred = [
    {
      requirement: 'nist-800-53-r5:sc-13',
      relation: 'evidence' as const,
      confidence: 0.7,
      origin: 'inferred' as const,
      rationale: 'fips-validated-cryptography: "FIPS 140-3"',
    },
  ]
  const [pinned] = applyRequirementAnnotation(inferred, {
    pin: ['nist-800-53-r5:sc-13'],
    add: [],
    reject: [],
    text: 'sc-13',
  })
  assert.equal(pinned?.relation, 'evidence')
  assert.equal(pinned?.origin, 'annotated')
  assert.deepEqual(applyRequirementAnnotation(inferred, undefined), inferred)
})
