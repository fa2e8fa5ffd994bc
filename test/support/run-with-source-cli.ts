import { spawnSync } from 'node:child_process'
import type { SpawnSyncReturns } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from './shared-corpus.ts'

/**
 * Runs a script that calls `npx --no-install secgraph` (the dev-set runners in ../shared/eval)
 * against the source under test, not a stale or missing `dist/`: it runs in a throwaway package
 * named `secgraph` whose bin starts `src/cli/main.ts` through tsx in the project root.
 */
export function runWithSourceCli(script: string, args: string[]): SpawnSyncReturns<string> {
  const dir = mkdtempSync(join(tmpdir(), 'secgraph-shim-'))
  try {
    const main = join(projectRoot, 'src', 'cli', 'main.ts')
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'secgraph', private: true, bin: { secgraph: 'secgraph.mjs' } }),
    )
    const shim = join(dir, 'secgraph.mjs')
    writeFileSync(
      shim,
      [
        '#!/usr/bin/env node',
        "import { spawnSync } from 'node:child_process'",
        `const run = spawnSync(process.execPath, ['--import', 'tsx', ${JSON.stringify(main)}, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ${JSON.stringify(projectRoot)} })`,
        'process.exit(run.status ?? 1)',
        '',
      ].join('\n'),
    )
    chmodSync(shim, 0o755)
    return spawnSync(script, args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
