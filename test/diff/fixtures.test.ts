import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Change, ChangeNode, ChangeType, GraphDiff } from '../../src/diff/change.ts'
import { diffGraphs } from '../../src/diff/diff-graphs.ts'
import { loadDiffSide } from '../../src/diff/load-diff-side.ts'
import { fixtureCases, runFixtures } from '../support/fixtures.ts'

const root = new URL('../fixtures/diff/', import.meta.url)

/** What each case must show, independently of the recorded output.json. */
const EXPECTED: Record<string, { changes: [ChangeNode, ChangeType, string[]][] }> = {
  'no-change': { changes: [] },
  'control-added': { changes: [['control', 'added', []]] },
  'control-removed': { changes: [['control', 'removed', []]] },
  'control-reworded': { changes: [['control', 'modified', ['statement']]] },
  'below-threshold': {
    changes: [
      ['control', 'added', []],
      ['control', 'removed', []],
    ],
  },
  'owner-kind-changed': { changes: [['control', 'modified', ['owner', 'kind']]] },
  'programs-changed': { changes: [['control', 'modified', ['programs']]] },
  'moved-section': { changes: [['control', 'moved', ['section']]] },
  'moved-topic': { changes: [['control', 'moved', ['topic']]] },
  'topic-renamed': { changes: [['topic', 'modified', ['title']]] },
  // Sections and controls get new ids with the page anchor; they are paired, not reported.
  'topic-anchor-changed': { changes: [['topic', 'modified', ['anchor']]] },
  'topic-file-moved': { changes: [['topic', 'moved', ['file']]] },
  'section-renamed': { changes: [['section', 'modified', ['title']]] },
  'attestation-added': {
    changes: [
      ['section', 'added', []],
      ['control', 'added', []],
      ['attestation', 'added', []],
    ],
  },
  'attestation-removed': {
    changes: [
      ['section', 'removed', []],
      ['control', 'removed', []],
      ['attestation', 'removed', []],
    ],
  },
  'attestation-changed': {
    changes: [
      ['control', 'modified', ['statement']],
      ['attestation', 'modified', ['level', 'certificate']],
    ],
  },
}

/** The recorded form: content hashes left out, they cover the project's program vocabulary. */
function recorded(diff: GraphDiff): {
  exitCode: number
  summary: GraphDiff['summary']
  changes: Change[]
} {
  return { exitCode: diff.changes.length > 0 ? 1 : 0, summary: diff.summary, changes: diff.changes }
}

const cases = fixtureCases(root)

test('every fixture case has expectations', () => {
  assert.deepEqual(cases, Object.keys(EXPECTED).sort())
})

runFixtures(root, 'diff fixture', async ({ name, dir }) => {
  const [before, after] = await Promise.all([
    loadDiffSide(join(dir, 'old'), {}),
    loadDiffSide(join(dir, 'new'), {}),
  ])
  assert.equal(before.warning, null)
  assert.equal(after.warning, null)
  const diff = diffGraphs(before.graph, after.graph)

  const expected = EXPECTED[name]?.changes ?? []
  assert.deepEqual(
    diff.changes.map((c) => [c.node, c.type, c.fields.map((f) => f.field)]),
    expected,
  )
  for (const change of diff.changes) {
    if (change.before) assert.ok(change.before.sources.length > 0, `${change.id}: old sources`)
    if (change.after) assert.ok(change.after.sources.length > 0, `${change.id}: new sources`)
  }
  return recorded(diff)
})
