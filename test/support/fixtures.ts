import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

/**
 * Fixture folders: `<root>/<case>/` holds the case's input (`input.md` or folders such as
 * `content/`, `old/`, `new/`), an optional `options.json` and the expected `output.json`.
 * This module alone scans them, reads options, compares and (with `UPDATE=1`) rewrites outputs;
 * an area only maps a case to its result.
 */
export interface FixtureCase<Options> {
  /** The folder's name, which names the behaviour it pins. */
  name: string
  /** Absolute path of the case folder. */
  dir: string
  /** `options.json`, or `{}` without one. */
  options: Partial<Options>
  /** The text of a file of the case (`input.md` by default). */
  read(file?: string): string
}

/** Files a case folder may hold beside folders (a stray name is a misspelt or retired options file). */
const CASE_FILES = new Set(['input.md', 'options.json', 'output.json'])

/** `UPDATE=1` records outputs instead of comparing with them. */
export const updating = process.env.UPDATE === '1'

/** The case folders of `root`, sorted by name (code-unit order, the same in every locale). */
export function fixtureCases(root: string | URL): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

/** The JSON form outputs are stored in: two-space indent, one trailing newline. */
export function toFixtureJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** `value` as it reads back from output.json (undefined fields dropped, dates as strings). */
function asStored(value: unknown): unknown {
  const text = JSON.stringify(value)
  return text === undefined ? undefined : (JSON.parse(text) as unknown)
}

/** Loads one case folder: its name, path and options. */
export function loadFixtureCase<Options>(root: string | URL, name: string): FixtureCase<Options> {
  const dir = join(typeof root === 'string' ? root : fileURLToPath(root), name)
  const stray = readdirSync(dir, { withFileTypes: true }).filter(
    (entry) => entry.isFile() && !CASE_FILES.has(entry.name),
  )
  if (stray.length > 0) {
    const names = stray.map((entry) => entry.name).join(', ')
    throw new Error(
      `${dir}: unexpected ${names} (a case holds input.md, options.json, output.json and folders)`,
    )
  }
  const optionsFile = join(dir, 'options.json')
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<Options>)
    : {}
  return { name, dir, options, read: (file = 'input.md') => readFileSync(join(dir, file), 'utf8') }
}

/**
 * Compares `actual` with the case's `output.json`. A missing output fails, so that a new case is
 * recorded on purpose (`UPDATE=1`) and its output read in review; `UPDATE=1` rewrites it.
 */
export function matchOutput(dir: string, actual: unknown, update = updating): void {
  const file = join(dir, 'output.json')
  const stored = asStored(actual)
  if (update) {
    writeFileSync(file, toFixtureJson(stored))
    return
  }
  if (!existsSync(file)) {
    assert.fail(`${file} is missing: run UPDATE=1 with this test to record it, then read it`)
  }
  assert.deepEqual(stored, JSON.parse(readFileSync(file, 'utf8')))
}

/**
 * One test per case folder of `root`, named `${title} ${case}`: `run` maps the case to its result
 * (and may assert on it), which must equal the case's `output.json`.
 */
export function runFixtures<Options = Record<string, unknown>>(
  root: string | URL,
  title: string,
  run: (fixture: FixtureCase<Options>) => unknown,
): void {
  for (const name of fixtureCases(root)) {
    test(`${title} ${name}`, async () => {
      const fixture = loadFixtureCase<Options>(root, name)
      matchOutput(fixture.dir, await run(fixture))
    })
  }
}
