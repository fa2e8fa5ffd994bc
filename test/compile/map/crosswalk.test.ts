import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { projectRoot, sharedRoot } from '../../support/shared-corpus.ts'

/**
 * Figures of `../shared/eval/crosswalk/run --json` recorded with the mapper of this commit; the
 * test fails when one drops more than 0.01 below. Raise them when the mapper improves.
 */
const RECORDED = { hit1: 0.72, hit3: 0.87, p3: 0.57 }

const runner = join(sharedRoot, 'eval', 'crosswalk', 'run')
const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js')

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return time
}

function skipReason(): string | undefined {
  if (!existsSync(runner)) return `not found: ${runner} (../shared is optional)`
  if (!existsSync(cli)) return 'dist/ is missing: run `npm run build` first'
  const sources = Math.max(newest(join(projectRoot, 'src')), newest(join(projectRoot, 'content')))
  if (statSync(cli).mtimeMs < sources - 1000)
    return 'dist/ is older than src/ or content/: run `npm run build` first'
  return undefined
}

const skip = skipReason()

test(
  'the crosswalk dev set stays at its recorded hit@1, hit@3 and P@3',
  skip ? { skip } : {},
  () => {
    const run = spawnSync(runner, ['--json'], { cwd: projectRoot, encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    const figures = JSON.parse(run.stdout) as typeof RECORDED & { records: number }
    assert.ok(figures.records > 100)
    for (const key of ['hit1', 'hit3', 'p3'] as const) {
      assert.ok(
        figures[key] >= RECORDED[key] - 0.01,
        `${key} ${figures[key].toFixed(3)} < recorded ${RECORDED[key]}`,
      )
    }
  },
)
