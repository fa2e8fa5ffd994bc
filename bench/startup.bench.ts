/**
 * Cold-start benchmark: how long `secgraph serve --graph FILE` (the compiled CLI, as a replica runs
 * it) takes from spawn to its first `/readyz` 200, against a bare Express 5 app's first answer
 * measured in the same run, alternating the two so load on the machine hits both alike. Prints the
 * medians and their ratio, then the steps of one start measured inside a fresh process.
 *
 *   npm run build && node --import tsx bench/startup.bench.ts   (or `npm run bench -- startup`)
 *   Env: BENCH_GRAPH=FILE (default: the upstream guide, all pages, built into a temp folder)
 *        BENCH_ROUNDS=5
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadOpenApiDocument, openApiSourceOf } from '../src/api/load-openapi-document.ts'
import { buildGraph } from '../src/compile/build-graph.ts'
import { writeGraph } from '../src/model/write-graph.ts'
import { median } from './support/stats.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = process.env.BENCH_CLI ?? join(root, 'dist', 'src', 'cli', 'main.js')
const guide = join(root, '..', 'shared', 'corpora', 'aws-cloudhsm-user-guide', 'doc_source')

const BARE_EXPRESS = `
import express from 'express'
const app = express()
app.get('/readyz', (_req, res) => { res.json({ status: 'ready' }) })
app.listen(Number(process.env.PORT), '127.0.0.1')
`

/** The steps of one start, timed inside a fresh process running the compiled modules. */
const STEPS = `
const t0 = performance.now()
const at = {}
const lap = (name) => { at[name] = performance.now() }
const dist = process.env.DIST
const { loadGraph } = await import(dist + '/model/load-graph.js')
const { loadOpenApiDocument, openApiSourceOf } = await import(dist + '/api/load-openapi-document.js')
const { createApp } = await import(dist + '/api/create-app.js')
const { requestValidatorsFor } = await import(dist + '/api/request-validators.js')
const { createLazySearchIndex } = await import(dist + '/search/create-lazy-search-index.js')
const { mountUi } = await import(dist + '/ui/mount-ui.js')
lap('import modules')
const graph = await loadGraph(process.env.GRAPH)
lap('read graph file')
const document = loadOpenApiDocument()
lap('OpenAPI document (' + openApiSourceOf(document).from + ')')
const precompiled = requestValidatorsFor(document).precompiled
const search = createLazySearchIndex(graph)
const app = createApp({ graph, search, document })
lap('createApp (validators ' + (precompiled ? 'precompiled' : 'compiled') + ')')
await mountUi(app)
lap('mount UI')
const readyRss = process.memoryUsage().rss
search.warm()
lap('search index (after ready)')
const names = Object.keys(at)
let previous = t0
const steps = names.map((name) => { const ms = at[name] - previous; previous = at[name]; return { name, ms } })
console.log(JSON.stringify({ steps, readyRss, warmRss: process.memoryUsage().rss }))
`

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function readyStatus(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/readyz' }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', () => resolve(0))
  })
}

/** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
const USER_HZ = 100

/** CPU time (user + system) a process has used, from /proc; NaN where there is no /proc. */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ
  } catch {
    return Number.NaN
  }
}

interface Start {
  /** Spawn to the first /readyz 200. */
  wallMs: number
  /** CPU the server used up to then: what the start costs, whatever else shares the cores. */
  cpuMs: number
}

/** Time from spawn to the first 200 of /readyz; the child is killed afterwards. */
async function timeToReady(
  argsFor: (port: number) => string[],
  env: Record<string, string> = {},
): Promise<Start> {
  const port = await freePort()
  const args = argsFor(port)
  const start = performance.now()
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited ${child.exitCode}`)
      if ((await readyStatus(port)) === 200) {
        return { wallMs: performance.now() - start, cpuMs: cpuMs(child.pid) }
      }
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  } finally {
    child.kill('SIGKILL')
    await exited
  }
}

function runSteps(graphFile: string): Promise<{
  steps: { name: string; ms: number }[]
  readyRss: number
  warmRss: number
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', STEPS], {
      cwd: root,
      env: { ...process.env, DIST: join(root, 'dist', 'src'), GRAPH: graphFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += String(chunk)))
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the steps probe exited ${code}`))
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}'))
    })
  })
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`)
  const document = loadOpenApiDocument()
  if (openApiSourceOf(document)?.from !== 'artefact') {
    console.log('note: dist/openapi is missing or older than openapi.yaml; run npm run build first')
  }
  const rounds = Number(process.env.BENCH_ROUNDS) || 5
  const temp = mkdtempSync(join(tmpdir(), 'secgraph-startup-'))
  try {
    let graphFile = process.env.BENCH_GRAPH
    if (graphFile === undefined) {
      if (!existsSync(guide)) {
        console.log(`skipped: ${guide} not found (set BENCH_GRAPH=FILE)`)
        return
      }
      const graph = await buildGraph({ content: guide, allPages: true })
      graphFile = join(temp, 'graph.json')
      await writeGraph(graph, graphFile)
      console.log(
        `graph: upstream guide, all pages: ${graph.topics.length} topics, ${graph.controls.length} controls`,
      )
    }
    const bare: Start[] = []
    const ours: Start[] = []
    for (let round = 0; round < rounds; round++) {
      const file = graphFile
      bare.push(await timeToReady(() => ['--input-type=module', '-e', BARE_EXPRESS]))
      ours.push(
        await timeToReady((port) => [cli, 'serve', '--graph', file, '--port', String(port)]),
      )
    }
    console.log(`cold start to the first /readyz 200, ${rounds} rounds alternating (ms):`)
    const row = (name: string, starts: Start[], key: keyof Start) =>
      `  ${name.padEnd(24)} median ${median(starts.map((s) => s[key]))
        .toFixed(0)
        .padStart(5)}  ` + `[${starts.map((s) => s[key].toFixed(0)).join(', ')}]`
    for (const key of ['wallMs', 'cpuMs'] as const) {
      console.log(key === 'wallMs' ? ' wall clock:' : ' CPU time (user + system):')
      console.log(row('bare Express 5', bare, key))
      console.log(row('secgraph serve --graph', ours, key))
      const ratio = median(ours.map((s) => s[key])) / median(bare.map((s) => s[key]))
      console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ 2.5×)`)
    }
    const probe = await runSteps(graphFile)
    console.log('steps of one start (compiled modules, fresh process):')
    for (const step of probe.steps)
      console.log(`  ${step.name.padEnd(44)} ${step.ms.toFixed(0).padStart(6)} ms`)
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
    console.log(
      `  RSS when ready ${mb(probe.readyRss)} MB, after the search index ${mb(probe.warmRss)} MB`,
    )
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

await main()
