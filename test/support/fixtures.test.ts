import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { tempDir } from '../compile/helpers.ts'
import { fixtureCases, loadFixtureCase, matchOutput, toFixtureJson } from './fixtures.ts'

/** A fixture root with the given case folders, each holding the given files. */
function makeRoot(root: string, cases: Record<string, Record<string, string>>): void {
  for (const [name, files] of Object.entries(cases)) {
    mkdirSync(join(root, name), { recursive: true })
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, name, file), text)
  }
}

describe('fixture helper', () => {
  it('lists case folders in name order, ignoring loose files', () => {
    const { dir, cleanup } = tempDir()
    try {
      makeRoot(dir, { 'b-case': {}, 'a-case': {}, 'B-upper': {} })
      writeFileSync(join(dir, 'programs.yml'), 'programs: []\n')
      assert.deepEqual(fixtureCases(dir), ['B-upper', 'a-case', 'b-case'])
    } finally {
      cleanup()
    }
  })

  it('reads options.json and the input, {} without options', () => {
    const { dir, cleanup } = tempDir()
    try {
      makeRoot(dir, {
        with: { 'input.md': '# T\n', 'options.json': '{ "allPages": true }' },
        without: { 'input.md': '# U\n' },
      })
      const withOptions = loadFixtureCase<{ allPages: boolean }>(dir, 'with')
      assert.deepEqual(withOptions.options, { allPages: true })
      assert.equal(withOptions.read(), '# T\n')
      assert.equal(withOptions.dir, join(dir, 'with'))
      assert.deepEqual(loadFixtureCase(dir, 'without').options, {})
    } finally {
      cleanup()
    }
  })

  it('refuses a case holding a file it does not know (such as a retired service.json)', () => {
    const { dir, cleanup } = tempDir()
    try {
      makeRoot(dir, { old: { 'input.md': 'x', 'service.json': '{}' } })
      assert.throws(() => loadFixtureCase(dir, 'old'), /unexpected service\.json/)
    } finally {
      cleanup()
    }
  })

  it('fails a case without output.json unless updating, which records it', () => {
    const { dir, cleanup } = tempDir()
    try {
      makeRoot(dir, { fresh: { 'input.md': 'x' } })
      const caseDir = join(dir, 'fresh')
      const actual = { b: 1, a: [1, 2], dropped: undefined }
      assert.throws(() => matchOutput(caseDir, actual, false), /output\.json is missing.*UPDATE=1/)
      matchOutput(caseDir, actual, true)
      assert.equal(
        readFileSync(join(caseDir, 'output.json'), 'utf8'),
        toFixtureJson({ b: 1, a: [1, 2] }),
      )
      assert.equal(toFixtureJson({ a: 1 }), '{\n  "a": 1\n}\n')
      matchOutput(caseDir, actual, false)
      assert.throws(() => matchOutput(caseDir, { b: 2, a: [1, 2] }, false), assert.AssertionError)
    } finally {
      cleanup()
    }
  })
})
