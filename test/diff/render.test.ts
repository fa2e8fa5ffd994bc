import assert from 'node:assert/strict'
import { join, resolve } from 'node:path'
import { before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { GraphDiff } from '../../src/diff/change.ts'
import { diffGraphs } from '../../src/diff/diff-graphs.ts'
import { renderDiff } from '../../src/diff/render-diff.ts'

const fixtures = resolve(fileURLToPath(new URL('../fixtures/diff', import.meta.url)))
let diff: GraphDiff

before(async () => {
  const [old, next] = await Promise.all([
    buildGraph({ content: join(fixtures, 'below-threshold', 'old') }),
    buildGraph({ content: join(fixtures, 'below-threshold', 'new') }),
  ])
  diff = diffGraphs(old, next)
})

test('text: colours only when asked, same words either way', () => {
  const plain = renderDiff(diff, 'text', false)
  const coloured = renderDiff(diff, 'text', true)
  const ESC = '\u001b['
  assert.ok(!plain.includes(ESC))
  assert.ok(coloured.includes(`${ESC}32m+ added`))
  assert.ok(coloured.includes(`${ESC}31m- removed`))
  assert.equal(
    coloured
      .split(ESC)
      .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')))
      .join(''),
    plain,
  )
  assert.match(plain, /owner customer, kind requirement/)
})

test('markdown: statements are escaped', () => {
  const markdown = renderDiff(
    {
      ...diff,
      changes: diff.changes.map((c) =>
        c.after ? { ...c, after: { ...c.after, text: 'Use *bold* <b>tags</b> | pipes' } } : c,
      ),
    },
    'markdown',
  )
  assert.match(markdown, /Use \\\*bold\\\* \\<b\\>tags\\<\/b\\> \\\| pipes/)
})

test('json: the diff itself, pretty-printed with a trailing newline', () => {
  const json = renderDiff(diff, 'json')
  assert.ok(json.endsWith('}\n'))
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(diff)))
})

test('a moved or re-owned control shows its statement; a reworded one shows old and new only', async () => {
  const [old, next] = await Promise.all([
    buildGraph({ content: join(fixtures, 'moved-section', 'old') }),
    buildGraph({ content: join(fixtures, 'moved-section', 'new') }),
  ])
  const moved = renderDiff(diffGraphs(old, next), 'text')
  assert.match(
    moved,
    /> moved .*\n {8}You should connect to the vault only over TLS 1\.2 or later\.\n {8}section:\n/,
  )
  const [a, b] = await Promise.all([
    buildGraph({ content: join(fixtures, 'control-reworded', 'old') }),
    buildGraph({ content: join(fixtures, 'control-reworded', 'new') }),
  ])
  const reworded = renderDiff(diffGraphs(a, b), 'markdown')
  assert.equal(reworded.match(/every ninety days/g)?.length, 2)
})
