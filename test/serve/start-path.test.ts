import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const register = fileURLToPath(new URL('../support/module-trace/register.mjs', import.meta.url))

/** The files under src/ that importing `module` (from the project root) loads. */
function loadedBy(module: string): string[] {
  const { status, stderr } = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      register,
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(new URL(module, `file://${root}`).href)})`,
    ],
    { cwd: root, encoding: 'utf8' },
  )
  assert.equal(status, 0, stderr)
  return [...stderr.matchAll(/^loaded file:\/\/.*?\/(src\/\S+)$/gm)].map((m) => m[1] as string)
}

// The cold start of a replica (docs/operations.md#start-up) stays fast only while what `serve
// --graph` imports leaves the compiler, which reads Markdown and explains rules, for later.
test('serve and the API load none of the compiler at start', () => {
  const files = [...loadedBy('src/cli/commands/serve.ts'), ...loadedBy('src/api/index.ts')]
  assert.ok(files.includes('src/api/create-app.ts'), 'the trace sees the modules loaded')
  assert.deepEqual(
    files.filter((file) => file.startsWith('src/compile/')),
    [],
  )
})
