import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Express } from 'express'
import request from 'supertest'
import { createApp } from '../../src/api/create-app.ts'
import { buildCommand } from '../../src/cli/commands/build.ts'
import { checklistCommand } from '../../src/cli/commands/checklist.ts'
import { diffCommand } from '../../src/cli/commands/diff.ts'
import { explainCommand } from '../../src/cli/commands/explain.ts'
import { exportCommand } from '../../src/cli/commands/export.ts'
import { serveCommand } from '../../src/cli/commands/serve.ts'
import { validateCommand } from '../../src/cli/commands/validate.ts'
import type { Command } from '../../src/cli/command.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { projectRoot } from './support/doc-files.ts'
import type { Example } from './support/doc-examples.ts'
import { docExamples, secgraphArgs, shellWords } from './support/doc-examples.ts'

const COMMANDS: readonly Command[] = [
  buildCommand,
  validateCommand,
  serveCommand,
  checklistCommand,
  exportCommand,
  diffCommand,
  explainCommand,
]
const examples = docExamples()
const where = (example: Example) => `${example.file}:${example.line}: ${example.text}`
const toRun = (example: Example) => example.skip === null
/** Shell features the runner does not emulate: a block using them must be marked to skip. */
const SHELL_SYNTAX = /\$\(|`|\||>|<|&&|;/

describe('examples of the documentation', () => {
  it('are found: the README curl and CLI examples and the pages’ CLI examples', () => {
    const readme = examples.filter((e) => e.file === 'README.md' && toRun(e))
    assert.equal(readme.filter((e) => e.words[0] === 'curl').length, 3)
    assert.ok(
      readme.some((e) => secgraphArgs(e)),
      'the README has a CLI example',
    )
    assert.ok(examples.filter((e) => secgraphArgs(e) && toRun(e)).length >= 10)
    assert.deepEqual(shellWords(`a 'b c' "d \\"e\\"" f\\ g # h`), ['a', 'b c', 'd "e"', 'f g'])
  })

  it('name existing secgraph commands and only options their --help lists, run or not', () => {
    const wrong: string[] = []
    for (const example of examples) {
      const [name, ...args] = secgraphArgs(example) ?? []
      if (name === undefined) continue
      const command = COMMANDS.find((c) => c.name === name)
      if (!command) {
        wrong.push(`${where(example)} (no command ${name})`)
        continue
      }
      for (const arg of args) {
        const option = /^\[?(--[a-z-]+)/.exec(arg)?.[1]
        if (option && !new RegExp(`${option}\\b`).test(command.usage))
          wrong.push(`${where(example)} (${name} has no ${option})`)
      }
    }
    assert.deepEqual(wrong, [])
  })

  it('that run use no shell syntax (pipes, redirections, substitutions)', () => {
    const shelly = examples
      .filter((e) => toRun(e) && (e.words[0] === 'curl' || secgraphArgs(e)))
      .filter((e) => SHELL_SYNTAX.test(e.words.join(' ')) && SHELL_SYNTAX.test(e.text))
      .map(where)
    assert.deepEqual(
      shelly,
      [],
      'run these by hand and mark their block <!-- example: skip (…) -->',
    )
  })
})

describe('curl examples', () => {
  let app: Express
  before(async () => {
    const graph = await buildGraph({ content: join(projectRoot, 'content') })
    app = createApp({ graph, search: createSearchIndex(graph) })
  })

  for (const example of examples.filter((e) => e.words[0] === 'curl' && toRun(e))) {
    it(`${example.file}:${example.line} answers 2xx with results`, async () => {
      const url = example.words.find((w) => /^https?:\/\//.test(w))
      assert.ok(url, `no URL in ${where(example)}`)
      const { pathname, search } = new URL(url)
      let call = request(app).get(pathname + search)
      example.words.forEach((word, i) => {
        if (word !== '-H') return
        const [name = '', ...value] = (example.words[i + 1] ?? '').split(':')
        call = call.set(name.trim(), value.join(':').trim())
      })
      const response = await call.buffer(true)
      assert.ok(
        response.status >= 200 && response.status < 300,
        `${where(example)}: ${response.status}`,
      )
      const body = response.body as Record<string, unknown>
      const lists = ['items', 'rows', 'actions', 'inherited', 'controls']
        .map((key) => body?.[key])
        .filter(Array.isArray)
      if (lists.length > 0) {
        assert.ok(
          lists.some((list) => list.length > 0),
          `${where(example)}: answered an empty list`,
        )
      } else {
        const text = response.text ?? JSON.stringify(response.body)
        assert.ok(text.length > 200, `${where(example)}: answered ${text.length} bytes`)
      }
    })
  }
})

describe('secgraph examples', () => {
  // A folder of the reader's own: `content` is the project's, and a graph is built first, as a
  // reader following the pages in order would have one.
  let dir: string
  const tsx = import.meta.resolve('tsx')
  const cli = join(projectRoot, 'src', 'cli', 'main.ts')
  const secgraph = (args: string[]) =>
    spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd: dir, encoding: 'utf8' })
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'secgraph-doc-examples-'))
    symlinkSync(join(projectRoot, 'content'), join(dir, 'content'))
    const build = secgraph(['build'])
    assert.equal(build.status, 0, build.stderr)
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  for (const example of examples.filter((e) => secgraphArgs(e) && toRun(e))) {
    it(`${example.file}:${example.line} runs`, () => {
      const args = secgraphArgs(example) ?? []
      const run = secgraph(args)
      const ok = args[0] === 'diff' ? [0, 1] : [0]
      assert.ok(
        ok.includes(run.status ?? -1),
        `${where(example)} exited ${run.status}:\n${run.stderr}`,
      )
      assert.doesNotMatch(run.stderr, /error/i, where(example))
      const out = args[args.indexOf('--out') + 1]
      if (args.includes('--out') && out) {
        assert.ok(statSync(join(dir, out)).size > 0, `${where(example)} wrote an empty ${out}`)
      } else {
        assert.ok(run.stdout.length > 0, `${where(example)} printed nothing`)
      }
    })
  }
})
