import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Fixture corpora of the pipeline tests. */
export const graphFixtures = new URL('../fixtures/compile/graph/', import.meta.url).pathname

/** A fresh temp directory, removed by the returned cleanup. */
export function tempDir(prefix = 'secgraph-build-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Copies a fixture corpus's content folder into a temp dir (tests edit the copy, never the fixture). */
export function copyFixture(name: string): { dir: string; cleanup: () => void } {
  const temp = tempDir()
  cpSync(join(graphFixtures, name, 'content'), temp.dir, { recursive: true })
  return temp
}
