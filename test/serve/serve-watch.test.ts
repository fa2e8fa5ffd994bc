import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import type { ChildProcessByStdio } from 'node:child_process'
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { after, describe, it } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import { writeGraph } from '../../src/model/write-graph.ts'
import { copyContent, projectRoot, until } from './support.ts'

const main = join(projectRoot, 'src', 'cli', 'main.ts')

interface Served {
  url: string
  child: ChildProcessByStdio<null, Readable, Readable>
  /** JSON log lines so far. */
  logs: () => Record<string, unknown>[]
  stop(): Promise<number | null>
}

function spawnServe(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--port', '0', ...args], {
    cwd: projectRoot,
    env: { ...process.env, LOG_LEVEL: 'info', API_TOKENS: '', CORS_ORIGINS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Starts `secgraph serve`, waits for its URL line, and collects its JSON logs. */
function serve(args: string[]): Promise<Served> {
  const child = spawnServe(args)
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk) => (out += String(chunk)))
  child.stderr.on('data', (chunk) => (err += String(chunk)))
  const logs = () =>
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  return until(
    async () => {
      const url = /at (http:\/\/\S+)\/v1/.exec(out)?.[1]
      if (child.exitCode !== null) throw new Error(`serve exited early: ${err}`)
      if (url === undefined) return undefined
      return {
        url,
        child,
        logs,
        stop: () => {
          child.kill('SIGTERM')
          return exited
        },
      }
    },
    'the server URL',
    60_000,
  )
}

async function contentHash(url: string): Promise<string> {
  const body = (await (await fetch(`${url}/readyz`)).json()) as { contentHash: string }
  return body.contentHash
}

const reloads = (served: Served) => served.logs().filter((line) => line.event === 'reload')

describe('secgraph serve: live reload', () => {
  const cleanup: string[] = []
  after(async () => {
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true })
  })

  it('--watch: an edit is served after the debounce; a burst of 20 edits gives one rebuild', async () => {
    const content = await copyContent()
    cleanup.push(join(content, '..'))
    const served = await serve(['--content', content, '--watch'])
    try {
      const first = await contentHash(served.url)
      const etag = (await fetch(`${served.url}/v1/controls`)).headers.get('etag')
      await appendFile(join(content, 'kms', 'security.md'), '\nYou must audit key use.\n')
      const second = await until(async () => {
        const hash = await contentHash(served.url)
        return hash !== first ? hash : undefined
      }, 'the edited content')
      assert.notEqual((await fetch(`${served.url}/v1/controls`)).headers.get('etag'), etag)
      await until(async () => (reloads(served).length > 0 ? true : undefined), 'a reload log line')
      assert.equal(reloads(served).length, 1)

      const page = join(content, 'cloudhsm', 'data-protection.md')
      const text = await readFile(page, 'utf8')
      for (let i = 1; i <= 20; i++) await writeFile(page, `${text}\nEdit ${i}.\n`)
      await until(async () => {
        const hash = await contentHash(served.url)
        return hash !== second ? hash : undefined
      }, 'the burst of edits')
      // A second rebuild would have been logged by now (debounce 200 ms).
      await new Promise((done) => setTimeout(done, 1500))
      const lines = reloads(served)
      assert.equal(lines.length, 2, JSON.stringify(lines))
      assert.equal(lines[1]?.outcome, 'swapped')
      assert.equal(typeof lines[1]?.ms, 'number')
      assert.deepEqual(Object.keys(lines[1]?.counts as object), [
        'services',
        'topics',
        'controls',
        'diagnostics',
      ])
      // The UI is mounted in front of the API.
      const ui = await fetch(`${served.url}/`)
      assert.equal(ui.status, 200)
      assert.match(ui.headers.get('content-type') ?? '', /text\/html/)
    } finally {
      assert.equal(await served.stop(), 0)
    }
  })

  it('--baseline: each reload joins the change history (/v1/changes?since=…)', async () => {
    const content = await copyContent()
    cleanup.push(join(content, '..'))
    const baselineFile = join(content, '..', 'baseline.json')
    await writeGraph(await buildGraph({ content }), baselineFile)
    const served = await serve(['--content', content, '--watch', '--baseline', baselineFile])
    try {
      const first = await contentHash(served.url)
      await appendFile(join(content, 'kms', 'security.md'), '\nYou must enable key rotation.\n')
      const second = await until(async () => {
        const hash = await contentHash(served.url)
        return hash !== first ? hash : undefined
      }, 'the edited content')
      const response = await fetch(`${served.url}/v1/changes?since=${encodeURIComponent(first)}`)
      assert.equal(response.status, 200)
      const page = (await response.json()) as {
        from: string
        to: string
        revisions: string[]
        items: { change: { type: string; node: string } }[]
      }
      assert.equal(page.from, first)
      assert.equal(page.to, second)
      assert.deepEqual(page.revisions, [first, second])
      assert.ok(page.items.some((i) => i.change.type === 'added' && i.change.node === 'control'))
    } finally {
      assert.equal(await served.stop(), 0)
    }
  })

  it('SIGHUP reloads without --watch', async () => {
    const content = await copyContent()
    cleanup.push(join(content, '..'))
    const served = await serve(['--content', content])
    try {
      const first = await contentHash(served.url)
      await appendFile(join(content, 'kms', 'security.md'), '\nYou must tag keys.\n')
      await new Promise((done) => setTimeout(done, 500))
      assert.equal(await contentHash(served.url), first, 'no reload without --watch or SIGHUP')
      served.child.kill('SIGHUP')
      await until(async () => {
        const hash = await contentHash(served.url)
        return hash !== first ? hash : undefined
      }, 'the reload after SIGHUP')
      // Logs are written asynchronously: wait for the line.
      const [line] = await until(async () => {
        const lines = reloads(served)
        return lines.length > 0 ? lines : undefined
      }, 'the reload log line')
      assert.equal(line?.reason, 'SIGHUP')
    } finally {
      assert.equal(await served.stop(), 0)
    }
  })

  it('--graph FILE --watch: serves a rewritten graph file', async () => {
    const content = await copyContent()
    cleanup.push(join(content, '..'))
    const file = join(content, '..', 'graph.json')
    await writeGraph(await buildGraph({ content }), file)
    const served = await serve(['--graph', file, '--watch'])
    try {
      const first = await contentHash(served.url)
      await appendFile(join(content, 'kms', 'security.md'), '\nYou must label keys.\n')
      const rebuilt = await buildGraph({ content })
      await writeGraph(rebuilt, file)
      await until(
        async () => ((await contentHash(served.url)) === rebuilt.contentHash ? true : undefined),
        'the new graph file',
      )
      assert.notEqual(rebuilt.contentHash, first)
      // A corrupt file written later is refused; the last good graph keeps serving.
      await writeFile(file, '{"schemaVersion": 1, "services": [')
      const readiness = await until(async () => {
        const body = (await (await fetch(`${served.url}/readyz`)).json()) as {
          contentHash: string
          reload: { ok: boolean; failure: { error: string } | null }
        }
        return body.reload.ok ? undefined : body
      }, 'the refused graph file')
      assert.equal(readiness.contentHash, rebuilt.contentHash)
      assert.match(readiness.reload.failure?.error ?? '', /not valid JSON/)
    } finally {
      assert.equal(await served.stop(), 0)
    }
  })

  for (const [name, text, message] of [
    ['another schema version', '{"schemaVersion": 999}', /schemaVersion 999.*rebuild it/],
    ['corrupt JSON', '{"schemaVersion": 1, "servi', /not valid JSON/],
  ] as const) {
    it(`--graph with ${name} is refused with a clear message and exit 2`, async () => {
      const content = await copyContent()
      cleanup.push(join(content, '..'))
      const file = join(content, '..', 'bad-graph.json')
      await writeFile(file, text)
      const child = spawnServe(['--graph', file])
      let err = ''
      child.stderr.on('data', (chunk) => (err += String(chunk)))
      const code = await new Promise<number | null>((done) => child.once('exit', done))
      assert.equal(code, 2)
      assert.match(err, message)
      assert.match(err, /^secgraph serve: /)
      assert.doesNotMatch(err, /\n\s+at /, 'no stack trace')
    })
  }
})
