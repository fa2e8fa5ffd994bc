import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { describe, it } from 'node:test'
import { ESLint } from 'eslint'
import { projectRoot } from '../support/shared-corpus.ts'

// The layering rules live in eslint.config.js; these cases prove each one fires, so a config
// change that silently drops one fails here rather than letting a cycle back in.
const eslint = new ESLint({ cwd: projectRoot })

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(projectRoot, file) })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('import rules (eslint.config.js)', () => {
  it('refuse an import of a folder later in the pipeline (here also the old api ↔ diff cycle)', async () => {
    const ids = await ruleIds(
      'src/diff/feed/paginate.ts',
      "export { createApp } from '../../api/index.ts'\n",
    )
    assert.deepEqual(ids.sort(), ['import-x/no-cycle', 'import-x/no-restricted-paths'])
  })

  it("refuse another folder's internals, allow its index.ts", async () => {
    assert.deepEqual(
      await ruleIds(
        'src/cli/example.ts',
        "export { buildGraph } from '../compile/build-graph.ts'\n",
      ),
      ['import-x/no-restricted-paths'],
    )
    assert.deepEqual(
      await ruleIds('src/cli/example.ts', "export { buildGraph } from '../compile/index.ts'\n"),
      [],
    )
  })

  it("let any folder import model's and support's files directly", async () => {
    const code =
      "export type { Graph } from '../model/graph.ts'\nexport { encodeCursor } from '../support/cursor.ts'\n"
    assert.deepEqual(await ruleIds('src/api/example.ts', code), [])
  })

  it('refuse a cycle between files of one folder', async () => {
    const ids = await ruleIds('src/model/graph.ts', "export type { Control } from './index.ts'\n")
    assert.deepEqual(ids, ['import-x/no-cycle'])
  })
})
