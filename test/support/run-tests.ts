import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ISOLATED_TESTS, covers, listTests } from './list-tests.ts'

/**
 * `node --import tsx test/support/run-tests.ts fast|slow|FILE…`: runs test files through node's
 * runner with the quiet reporter. A process per file spent most of its CPU starting tsx and the
 * app (about 2 s each), so the fast suite loads its files into one process per core (a group);
 * files in ISOLATED_TESTS and the slow suite keep a process each. Named files are grouped.
 */

const root = fileURLToPath(new URL('../../', import.meta.url))
const reporter = join(root, 'test/support/quiet-reporter.js')
/** tsx by URL, so that the run works from any folder. */
const tsx = import.meta.resolve('tsx')

export interface TestRun {
  /** Files loaded together, `groups` processes between them. */
  grouped: string[]
  /** Files run in a process each. */
  alone: string[]
  groups: number
  /** Processes running at once. */
  concurrency: number
}

export function planRun(suite: 'fast' | 'slow'): TestRun {
  const cores = availableParallelism()
  if (suite === 'slow')
    return { grouped: [], alone: listTests('slow'), groups: 0, concurrency: cores }
  const files = listTests('fast')
  const alone = files.filter((file) => ISOLATED_TESTS.some(({ path }) => covers(path, file)))
  const grouped = files.filter((file) => !alone.includes(file))
  // One more process than cores: some files mostly wait on child processes and servers.
  return { grouped, alone, groups: cores, concurrency: cores + 1 }
}

/** Splits files round-robin into `count` lists: neighbours (one area's files) spread across groups. */
export function splitGroups(files: readonly string[], count: number): string[][] {
  const groups: string[][] = Array.from(
    { length: Math.max(1, Math.min(count, files.length)) },
    () => [],
  )
  files.forEach((file, i) => groups[i % groups.length]?.push(file))
  return groups.filter((group) => group.length > 0)
}

/**
 * The module a group's process runs: it imports each file, whose tests register with node:test
 * in that process (each event keeps its own file); a file that fails to load becomes a failed test.
 */
export function groupModule(files: readonly string[], cwd: string): string {
  const entries = files.map((file) => [
    relative(cwd, resolve(cwd, file)),
    pathToFileURL(resolve(cwd, file)).href,
  ])
  return `// Test files loaded into one process by test/support/run-tests.ts.
import { test } from 'node:test'
for (const [name, url] of ${JSON.stringify(entries)}) {
  try {
    await import(url)
  } catch (error) {
    test(\`\${name} failed to load\`, () => {
      throw error
    })
  }
}
`
}

/** Runs the plan and returns node's exit status. */
export function runTests(plan: TestRun, cwd = root): number {
  const dir = mkdtempSync(join(tmpdir(), 'secgraph-tests-'))
  try {
    const groupFiles = splitGroups(plan.grouped, plan.groups).map((files, i) => {
      const file = join(dir, `test-group-${i + 1}.mjs`)
      writeFileSync(file, groupModule(files, cwd))
      return file
    })
    const args = [
      '--import',
      tsx,
      '--test',
      `--test-concurrency=${plan.concurrency}`,
      `--test-reporter=${reporter}`,
      ...groupFiles,
      ...plan.alone,
    ]
    const run = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' })
    return run.status ?? 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  if (args.length === 0) {
    console.error('usage: node --import tsx test/support/run-tests.ts fast|slow|FILE…')
    process.exit(2)
  }
  const [suite] = args
  const plan =
    args.length === 1 && (suite === 'fast' || suite === 'slow')
      ? planRun(suite)
      : {
          grouped: args,
          alone: [],
          groups: availableParallelism(),
          concurrency: availableParallelism(),
        }
  process.exitCode = runTests(plan, process.cwd())
}
