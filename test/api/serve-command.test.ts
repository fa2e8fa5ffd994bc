import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { writeGraph } from '../../src/model/write-graph.ts'
import { makeGraph } from './support/make-graph.ts'

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
    await writeGraph(makeGraph(), graphFile)
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
})
