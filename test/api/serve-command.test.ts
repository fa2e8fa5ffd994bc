import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { writeGraph } from '../../src/model/write-graph.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const projectRoot = resolve(new URL('../..', import.meta.url).pathname)
const main = join(projectRoot, 'src', 'cli', 'main.ts')

interface Server {
  url: string
  stop(): Promise<number | null>
}

/** Starts `secgraph serve` on a free loopback port and waits for its one-line URL announcement. */
function serve(args: string[], env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', main, 'serve', '--port', '0', ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, LOG_LEVEL: 'silent', API_TOKENS: '', CORS_ORIGINS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  return new Promise((done, fail) => {
    let out = ''
    let err = ''
    child.stderr.on('data', (chunk) => (err += String(chunk)))
    child.stdout.on('data', (chunk) => {
      out += String(chunk)
      const url = /at (http:\/\/\S+)\/v1/.exec(out)?.[1]
      if (url) {
        done({
          url,
          stop: () => {
            child.kill('SIGTERM')
            return exited
          },
        })
      }
    })
    void exited.then((code) => fail(new Error(`serve exited with ${code}: ${err}`)))
  })
}

describe('secgraph serve', () => {
  let dir: string
  let graphFile: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'secgraph-serve-'))
    graphFile = join(dir, 'graph.json')
    await writeGraph(createTestGraph({ example: 'vault' }), graphFile)
  })
  after(() => rm(dir, { recursive: true, force: true }))

  it('serves a graph file, applies CORS_ORIGINS and API_TOKENS, and exits 0 on SIGTERM', async () => {
    const server = await serve(['--graph', graphFile], {
      API_TOKENS: 'tok-1,tok-2',
      CORS_ORIGINS: 'https://portal.example.com',
    })
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/)
      const denied = await fetch(`${server.url}/v1/meta`)
      assert.equal(denied.status, 401)
      const meta = await fetch(`${server.url}/v1/meta`, {
        headers: { Authorization: 'Bearer tok-2', Origin: 'https://portal.example.com' },
      })
      assert.equal(meta.status, 200)
      assert.equal(meta.headers.get('access-control-allow-origin'), 'https://portal.example.com')
      assert.equal(((await meta.json()) as { counts: { controls: number } }).counts.controls, 12)
      const search = await fetch(`${server.url}/v1/search?q=keys`, {
        headers: { Authorization: 'Bearer tok-1' },
      })
      assert.equal(search.status, 200)
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200)
    } finally {
      assert.equal(await server.stop(), 0)
    }
  })

  it('builds content/ when given --content', async () => {
    const server = await serve(['--content', 'content'])
    try {
      const res = await fetch(`${server.url}/v1/services`)
      const body = (await res.json()) as { total: number }
      assert.ok(body.total >= 1)
    } finally {
      assert.equal(await server.stop(), 0)
    }
  })

  it('rejects bad options with exit status 2', async () => {
    for (const args of [['--bogus'], ['--content', 'a', '--graph', 'b'], ['--port', 'http']]) {
      const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve', ...args], {
        cwd: projectRoot,
      })
      let err = ''
      child.stderr.on('data', (chunk) => (err += String(chunk)))
      const code = await new Promise((done) => child.once('exit', done))
      assert.equal(code, 2, args.join(' '))
      assert.match(err, /secgraph serve: /)
    }
  })

  it('reports an unreadable graph file in one line with exit status 2', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', main, 'serve', '--graph', join(dir, 'missing.json')],
      {
        cwd: projectRoot,
      },
    )
    let err = ''
    child.stderr.on('data', (chunk) => (err += String(chunk)))
    assert.equal(await new Promise((done) => child.once('exit', done)), 2)
    assert.equal(err.trim().split('\n').length, 1, err)
  })

  it('refuses content whose build has errors: exit 1, diagnostics printed like build', async () => {
    const empty = join(dir, 'empty-content')
    await mkdir(empty)
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', main, 'serve', '--content', empty, '--port', '0'],
      { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: 'silent' } },
    )
    let err = ''
    child.stderr.on('data', (chunk) => (err += String(chunk)))
    assert.equal(await new Promise((done) => child.once('exit', done)), 1)
    assert.match(err, /:\d+:\d+ error no-pages /)
    assert.match(err, /\n {2}hint: /)
    assert.match(err, /secgraph serve: 1 error, 0 warnings; .*not serving/)
  })

  it('listens before the graph is loaded: /healthz 200, /readyz 503 starting, then 200', async (t) => {
    const fifo = join(dir, 'slow-graph.json')
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      t.skip('mkfifo is not available')
      return
    }
    const port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo
        probe.close(() => done(port))
      })
    })
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', main, 'serve', '--graph', fifo, '--port', String(port)],
      { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'ignore' },
    )
    const exited = new Promise((done) => child.once('exit', done))
    const base = `http://127.0.0.1:${port}`
    try {
      // The graph file is a pipe nobody writes yet: the server cannot have a graph.
      let ready: Response | undefined
      for (let i = 0; i < 600 && ready === undefined; i++) {
        ready = await fetch(`${base}/readyz`).catch(() => undefined)
        if (ready === undefined) await new Promise((done) => setTimeout(done, 50))
      }
      assert.ok(ready, 'the server never listened')
      assert.equal(ready.status, 503)
      assert.equal(ready.headers.get('retry-after'), '1')
      assert.equal(ready.headers.get('content-type'), 'application/problem+json; charset=utf-8')
      assert.equal(
        ((await ready.json()) as { type: string }).type,
        'https://secgraph.dev/problems/starting',
      )
      assert.equal((await fetch(`${base}/healthz`)).status, 200)
      assert.equal((await fetch(`${base}/v1/meta`)).status, 503)
      await writeFile(fifo, await readFile(graphFile))
      let status = 0
      for (let i = 0; i < 600 && status !== 200; i++) {
        status = (await fetch(`${base}/readyz`)).status
        if (status !== 200) await new Promise((done) => setTimeout(done, 50))
      }
      assert.equal(status, 200)
      assert.equal((await fetch(`${base}/v1/meta`)).status, 200)
    } finally {
      child.kill('SIGTERM')
      await exited
    }
  })
})
