import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Which test files `npm test` runs and which it leaves to `npm run test:slow` (CI runs both), and
 * which fast files need a process of their own (test/support/run-tests.ts loads the others
 * together). `node --import tsx test/support/list-tests.ts fast|slow` prints one suite's files.
 */

/** The slow suite: a folder entry (ending in `/`) takes every test file under it. */
export const SLOW_TESTS: readonly { path: string; why: string }[] = [
  { path: 'test/ui/embed.test.ts', why: 'drives chromium' },
  { path: 'test/ui/page.test.ts', why: 'drives chromium' },
  { path: 'test/ui/xss.test.ts', why: 'drives chromium' },
  { path: 'test/fuzz/', why: 'random requests and pages for a time budget' },
  { path: 'test/docs/api-reference.test.ts', why: 'drives chromium' },
  { path: 'test/docs/examples.test.ts', why: 'runs the CLI of every doc example, a process each' },
  { path: 'test/api/content.test.ts', why: 'serves the whole upstream guide (301 pages), twice' },
  { path: 'test/compile/upstream.test.ts', why: 'builds the whole upstream guide' },
  { path: 'test/compile/determinism.test.ts', why: 'builds the whole upstream guide twice' },
  // A CLI process through tsx costs about 2.5 s of CPU; these files start one per case.
  { path: 'test/compile/cli.test.ts', why: 'runs secgraph build in a process per case' },
  { path: 'test/diff/cli.test.ts', why: 'runs secgraph diff in a process per case' },
  { path: 'test/cli/explain.test.ts', why: 'runs secgraph explain in a process per case' },
  {
    path: 'test/eval/',
    why: 'scores the dev sets through the CLI: four chapters built, 116 statements explained',
  },
  { path: 'test/api/serve-command.test.ts', why: 'starts secgraph serve processes' },
  {
    path: 'test/serve/graph-worker.test.ts',
    why: 'starts worker threads that load the compiler through tsx, one per case',
  },
  {
    path: 'test/serve/serve-watch.test.ts',
    why: 'starts secgraph serve processes and waits out reloads',
  },
]

/**
 * Fast files that run in a process of their own (test/support/run-tests.ts loads the others into
 * one process per core, where files run one after another): a file that would leak state into the
 * files loaded after it, one whose timing a big shared process upsets, or one that spends its time
 * waiting on a child process, which alone runs beside the groups instead of holding one up.
 */
export const ISOLATED_TESTS: readonly { path: string; why: string }[] = [
  {
    path: 'test/serve/watch-path.test.ts',
    why: 'times a 300 ms debounce: a GC pause of a big shared process split a burst of edits in two',
  },
]

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Every `*.test.ts` under test/, relative to the project root, sorted. */
export function allTests(): string[] {
  return readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => relative(root, join(root, 'test', file)))
    .sort()
}

/** The files of one suite. */
export function listTests(suite: 'fast' | 'slow', files = allTests()): string[] {
  const unmatched = [...SLOW_TESTS, ...ISOLATED_TESTS].filter(
    ({ path }) => !files.some((file) => covers(path, file)),
  )
  if (unmatched.length > 0) {
    throw new Error(
      `SLOW_TESTS or ISOLATED_TESTS names no test file: ${unmatched.map((e) => e.path).join(', ')}`,
    )
  }
  const slow = (file: string): boolean => SLOW_TESTS.some(({ path }) => covers(path, file))
  return files.filter((file) => slow(file) === (suite === 'slow'))
}

/** Whether a table entry (a file, or a folder ending in `/`) takes the file. */
export function covers(path: string, file: string): boolean {
  return path.endsWith('/') ? file.startsWith(path) : file === path
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const suite = process.argv[2]
  if (suite !== 'fast' && suite !== 'slow') {
    console.error('usage: node --import tsx test/support/list-tests.ts fast|slow')
    process.exit(2)
  }
  console.log(listTests(suite).join('\n'))
}
