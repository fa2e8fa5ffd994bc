import { basename, isAbsolute, relative } from 'node:path'
import { inspect } from 'node:util'

/**
 * A node:test reporter for `npm test`: prints each failure in full (the test's path, its error
 * and what its process wrote to stdout/stderr), one line per skipped test with the reason, the
 * slowest files, and a last line `N passed, N failed, N skipped` that CI can read.
 *
 * A process may run many test files (test/support/run-tests.ts groups them): each test event
 * names its own file, but what the process wrote is known only by the process's entry file, so
 * when a test fails the output of every group is shown too.
 *
 * JavaScript, not TypeScript: node 20 loads reporters before `--import tsx` takes effect.
 *
 * @typedef {{ name?: string, nesting?: number, file?: string, message?: string,
 *   skip?: boolean | string, details?: { duration_ms?: number, type?: string, error?: unknown } }} TestData
 * @typedef {{ type: string, data: TestData }} TestEvent
 */

/** How many of the slowest files the summary names. */
const SLOWEST = 5

/** Output a failing file wrote, at most this many lines of it. */
const OUTPUT_LINES = 40

/** @param {string | undefined} file */
const shortFile = (file) => {
  if (file === undefined) return '(no file)'
  const path = relative(process.cwd(), file)
  // A group's entry file lives in a temporary folder: its name says enough.
  return path.startsWith('..') && isAbsolute(file) ? basename(file) : path
}

/**
 * The assertion behind node's "test failed" wrapper, shown the way node shows values.
 * @param {unknown} error
 */
function describeError(error) {
  const wrapped = /** @type {{ code?: string, cause?: unknown } | undefined} */ (error)
  const cause = wrapped?.code === 'ERR_TEST_FAILURE' ? wrapped.cause : error
  return inspect(cause, { depth: 6, colors: false })
}

/** @param {string} text */
const indent = (text) => text.replace(/^/gm, '    ')

/** @param {AsyncIterable<TestEvent>} source */
export default async function* quietReporter(source) {
  /** @type {Map<string, string[]>} test names from the file's top level down, per file */
  const paths = new Map()
  /** @type {Map<string, string[]>} */
  const output = new Map()
  /** @type {Set<string>} */
  const failedFiles = new Set()
  /** @type {Set<string>} files that ran tests of their own (a group's entry file runs none) */
  const testFiles = new Set()
  /** @type {Map<string, number>} time of each file's top-level tests */
  const fileDurations = new Map()
  /** @type {Map<string, number>} node's own totals */
  const counts = new Map()

  for await (const { type, data } of source) {
    const file = data.file ?? ''
    switch (type) {
      case 'test:start': {
        const path = paths.get(file) ?? []
        path.length = data.nesting ?? 0
        path.push(data.name ?? '')
        paths.set(file, path)
        break
      }
      case 'test:stdout':
      case 'test:stderr': {
        const lines = output.get(file) ?? []
        lines.push(data.message ?? '')
        output.set(file, lines)
        break
      }
      case 'test:complete':
        // A process's own entry is named by its path; its time includes loading, the others' not.
        if (data.nesting === 0 && data.name !== file && data.details?.duration_ms !== undefined) {
          testFiles.add(file)
          fileDurations.set(file, (fileDurations.get(file) ?? 0) + data.details.duration_ms)
        }
        break
      case 'test:pass':
        if (data.skip !== undefined && data.skip !== false) {
          const path = [...(paths.get(file) ?? []).slice(0, data.nesting ?? 0), data.name]
          const reason = typeof data.skip === 'string' ? ` (${data.skip})` : ''
          yield `skipped: ${shortFile(file)} › ${path.join(' › ')}${reason}\n`
        }
        break
      case 'test:fail': {
        // A test that failed is reported on its own, not again through each suite around it;
        // a suite's own failure (a before/after hook) is reported.
        const failure = /** @type {{ failureType?: string } | undefined} */ (data.details?.error)
        if (failure?.failureType === 'subtestsFailed') break
        if (failure?.failureType === 'cancelledByParent') {
          const path = [...(paths.get(file) ?? []).slice(0, data.nesting ?? 0), data.name]
          yield `✖ ${shortFile(file)} › ${path.join(' › ')} (cancelled: its suite failed or ended)\n`
          break
        }
        failedFiles.add(file)
        const path = [...(paths.get(file) ?? []).slice(0, data.nesting ?? 0), data.name]
        yield data.name === file
          ? `\n✖ ${shortFile(file)} failed to run (its output is below)\n`
          : `\n✖ ${shortFile(file)} › ${path.join(' › ')}\n${indent(describeError(data.details?.error))}\n`
        break
      }
      case 'test:diagnostic': {
        const match = /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)$/.exec(
          data.message ?? '',
        )
        if (data.nesting === 0 && match?.[1] !== undefined && match[2] !== undefined) {
          counts.set(match[1], Number(match[2]))
        }
        break
      }
    }
  }

  const groups = failedFiles.size > 0 ? [...output.keys()].filter((f) => !testFiles.has(f)) : []
  for (const file of new Set([...failedFiles, ...groups])) {
    const lines = (output.get(file) ?? []).join('').trimEnd().split('\n')
    if (lines.length === 1 && lines[0] === '') continue
    const shown = lines.slice(-OUTPUT_LINES)
    const cut = lines.length - shown.length
    yield `\n${shortFile(file)} wrote${cut > 0 ? ` (last ${OUTPUT_LINES} of ${lines.length} lines)` : ''}:\n${indent(shown.join('\n'))}\n`
  }

  const slowest = [...fileDurations]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SLOWEST)
    .map(([file, ms]) => `${shortFile(file)} ${(ms / 1000).toFixed(1)} s`)
  const seconds = ((counts.get('duration_ms') ?? 0) / 1000).toFixed(1)
  yield `\n${counts.get('tests') ?? 0} tests in ${testFiles.size} files, ${seconds} s; slowest: ${slowest.join(', ')}\n`
  const cancelled = counts.get('cancelled') ?? 0
  const todo = counts.get('todo') ?? 0
  yield `${counts.get('pass') ?? 0} passed, ${(counts.get('fail') ?? 0) + cancelled} failed, ${counts.get('skipped') ?? 0} skipped${todo > 0 ? `, ${todo} todo` : ''}\n`
}
