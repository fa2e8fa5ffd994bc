/**
 * API fuzzing derived from openapi/openapi.yaml: for every documented path, GET and HEAD with
 * valid, boundary and invalid values of every parameter, repeated and unknown parameters, odd
 * encodings, prototype-polluting names and invalid UTF-8 on the wire. Requests go over real
 * sockets on 127.0.0.1 so the bytes reach the server as written. Every answer must come within a
 * timeout, be below 500, reach the app (X-Request-Id) and match the document (status and schema).
 */
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { Agent } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import type { Express } from 'express'
import fc from 'fast-check'
import { contract } from '../api/support/client.ts'
import { createTestApp } from '../api/support/create-test-app.ts'
import { createTestGraph } from '../support/create-test-graph.ts'
import { describeOperations, ODD_FRAGMENTS } from './support/parameter-values.ts'
import type { FuzzOperation, FuzzParameter } from './support/parameter-values.ts'
import { asSupertest, rawGet } from './support/raw-get.ts'

const TIMEOUT_MS = 10_000
/** Budget of the random phase; the systematic phase is bounded by its own size. */
const RANDOM_BUDGET_MS = 25_000
const SEED = 20261128

const graph = createTestGraph({ example: 'vault' })
const ids = {
  serviceId: graph.services.map((s) => s.id),
  service: graph.services.map((s) => s.id),
  topicId: graph.topics.map((t) => t.id),
  topic: graph.topics.map((t) => t.id),
  controlId: graph.controls.map((c) => c.id),
  programId: graph.programs.map((p) => p.id),
  program: graph.programs.map((p) => p.id),
}
const checker = contract()
const operations = describeOperations(checker.document, ids)
const allParameters = operations.flatMap((o) => o.parameters.filter((p) => p.in === 'query'))

interface Target {
  name: string
  port: number
  headers: Record<string, string>
}

const apps: { name: string; app: Express; headers: Record<string, string> }[] = [
  { name: 'default', app: createTestApp({ graph }), headers: {} },
  { name: 'no-search', app: createTestApp({ graph, search: undefined }), headers: {} },
  {
    name: 'auth+cors',
    app: createTestApp({ graph, auth: { tokens: ['t0k'] }, cors: { origins: ['*'] } }),
    headers: { Authorization: 'Bearer t0k', Origin: 'https://portal.example' },
  },
]
const servers: Server[] = []
const targets: Target[] = []
const agent = new Agent({ keepAlive: true, maxSockets: 4 })

/** What the run saw, reported at the end. */
const stats = { requests: 0, byStatus: new Map<number, number>(), started: 0 }
/** Cursors and ETags the server handed out, replayed in later requests. */
const cursors: string[] = []
const etags: string[] = []

function remember(pool: string[], value: unknown): void {
  if (typeof value === 'string' && pool.length < 64 && !pool.includes(value)) pool.push(value)
}

async function send(
  target: Target,
  method: 'GET' | 'HEAD',
  url: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const response = await rawGet(
    agent,
    target.port,
    method,
    url,
    { ...target.headers, ...headers },
    TIMEOUT_MS,
  )
  stats.requests++
  stats.byStatus.set(response.status, (stats.byStatus.get(response.status) ?? 0) + 1)
  const label = `${target.name} ${method} ${url.slice(0, 300)}`
  // The one 5xx by design: the app without a search index answers `q` with 503 (documented).
  const unavailable = target.name === 'no-search' && response.status === 503
  assert.ok(
    response.status < 500 || unavailable,
    `${label} → ${response.status} ${response.text.slice(0, 500)}`,
  )
  if (!response.headers['x-request-id']) {
    // Node's own parser refuses raw non-ASCII bytes in the request line before the app runs.
    assert.ok(/[\u0080-\uffff]/.test(url), `${label} → ${response.status} never reached the app`)
    assert.equal(response.status, 400, label)
    return
  }
  assert.doesNotMatch(response.text, /\n\s+at .+:\d+:\d+/, `${label} leaks a stack trace`)
  try {
    checker.check(method, url, asSupertest(response))
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`)
  }
  if (response.status === 200) remember(etags, response.headers.etag)
  const body = response.body as { next?: unknown; prev?: unknown }
  remember(cursors, body.next)
  remember(cursors, body.prev)
}

function fillPath(operation: FuzzOperation, value: (p: FuzzParameter) => string): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((p) => p.name === name)
    return parameter ? value(parameter) : 'x'
  })
}

before(async () => {
  for (const { name, app, headers } of apps) {
    const server = createServer(app)
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    servers.push(server)
    targets.push({ name, port: (server.address() as AddressInfo).port, headers })
  }
  stats.started = performance.now()
})

after(async () => {
  agent.destroy()
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))))
  const seconds = (performance.now() - stats.started) / 1000
  const statuses = [...stats.byStatus].sort(([a], [b]) => a - b)
  console.log(
    `api fuzz: ${stats.requests} requests in ${seconds.toFixed(1)} s over ${operations.length} paths; ` +
      `statuses ${statuses.map(([s, n]) => `${s}×${n}`).join(' ')}; ` +
      `documented answers seen ${checker.seen.size}`,
  )
})

describe('API fuzzing from the OpenAPI document', () => {
  it('derives every documented GET path', () => {
    assert.equal(operations.length, checker.operations.filter((o) => o.method === 'get').length)
    assert.ok(operations.length >= 10)
  })

  it('answers every parameter value alone, GET and HEAD, on every app', async () => {
    const [main] = targets
    assert.ok(main)
    for (const operation of operations) {
      const validPath = fillPath(operation, (p) => p.valid[0] ?? 'x')
      for (const target of targets) await send(target, 'GET', validPath)
      for (const method of ['GET', 'HEAD'] as const) {
        for (const parameter of operation.parameters) {
          const values = [...parameter.valid, ...parameter.invalid, ...ODD_FRAGMENTS]
          for (const value of values) {
            if (parameter.in === 'path') {
              await send(
                main,
                method,
                fillPath(operation, (p) => (p === parameter ? value : (p.valid[0] ?? 'x'))),
              )
            } else {
              await send(main, method, `${validPath}?${parameter.name}=${value}`)
              // Repeated (long values once only: twice 10k would pass Node's 16 KiB header limit).
              if (value.length <= 5_000)
                await send(
                  main,
                  method,
                  `${validPath}?${parameter.name}=${value}&${parameter.name}=${value}`,
                )
            }
          }
        }
        // Unknown path parameters and shapes around the template.
        for (const suffix of ['/', '/x', '//', '/%2F', '/..', '/__proto__', '%00', '\u00ff']) {
          await send(main, method, `${validPath}${suffix}`)
        }
        for (const name of [
          '__proto__',
          'constructor',
          'prototype',
          'unknown',
          '',
          '%ff',
          'q%00',
        ]) {
          await send(main, method, `${validPath}?${name}=1`)
          await send(main, method, `${validPath}?x=1&${name}`)
        }
      }
    }
  })

  it('survives random combinations within the time budget (fixed seed)', async () => {
    const pools = (p: FuzzParameter): string[][] => [p.valid, p.invalid, ODD_FRAGMENTS]
    const pickValue = (p: FuzzParameter, pool: number, n: number): string => {
      if (pool === 3) return cursors[n % Math.max(1, cursors.length)] ?? ''
      if (pool === 4) {
        const parts = [
          p.valid[n % Math.max(1, p.valid.length)] ?? '',
          ODD_FRAGMENTS[n % ODD_FRAGMENTS.length] ?? '',
        ]
        return parts.join(['%2C', ',', ',,'][n % 3])
      }
      const values = pools(p)[pool] as string[]
      return values[n % Math.max(1, values.length)] ?? ''
    }
    const headers: [string, string][] = [
      ['Accept', 'text/html'],
      ['Accept', 'application/json;q=0'],
      ['Accept', '*/*'],
      ['Accept', 'application/problem+json, application/json;q=0.5'],
      ['Accept', ',,;q=x'],
      ['If-None-Match', '*'],
      ['If-None-Match', '"nope", W/"x"'],
      ['X-Request-Id', '../../etc/passwd'],
      ['X-Request-Id', 'x'.repeat(300)],
    ]
    // Only small numbers are drawn, so a counterexample prints as a short, replayable list.
    const requestArb = fc.record({
      operation: fc.nat(operations.length - 1),
      pathValue: fc.tuple(fc.nat(4), fc.nat()),
      pairs: fc.array(fc.tuple(fc.nat(allParameters.length), fc.nat(4), fc.nat()), {
        maxLength: 6,
      }),
      raw: fc.option(fc.string({ unit: 'binary', maxLength: 40 })),
      method: fc.constantFrom('GET' as const, 'HEAD' as const),
      target: fc.nat(targets.length - 1),
      header: fc.option(fc.oneof(fc.nat(headers.length - 1), fc.constant(-1))),
    })
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        const operation = operations[r.operation] as FuzzOperation
        const [pool, n] = r.pathValue
        const path = fillPath(operation, (p) => pickValue(p, pool, n))
        const own = operation.parameters.filter((p) => p.in === 'query')
        const query: string[] = []
        let budget = 12_000 - path.length // keep the request line under Node's header size limit
        for (const [which, valuePool, k] of r.pairs) {
          // Mostly this path's parameters; sometimes another path's (unknown here).
          const parameter =
            own.length > 0 && which % 4 !== 0
              ? (own[which % own.length] as FuzzParameter)
              : (allParameters[which % allParameters.length] as FuzzParameter)
          const pair = `${parameter.name}=${pickValue(parameter, valuePool, k)}`
          if (pair.length > budget) continue
          budget -= pair.length + 1
          query.push(pair)
        }
        if (r.raw !== null) {
          try {
            query.push(`x=${encodeURIComponent(r.raw)}`)
          } catch {
            query.push('x=%ED%A0%80') // lone surrogate: send its UTF-8 form
          }
        }
        const url = query.length > 0 ? `${path}?${query.join('&')}` : path
        const header =
          r.header === null
            ? {}
            : r.header < 0
              ? { 'If-None-Match': etags[n % Math.max(1, etags.length)] ?? '*' }
              : Object.fromEntries([headers[r.header] as [string, string]])
        await send(targets[r.target] as Target, r.method, url, header)
      }),
      {
        seed: SEED,
        numRuns: 20_000,
        interruptAfterTimeLimit: RANDOM_BUDGET_MS,
        markInterruptAsFailure: false,
        endOnFailure: true,
        includeErrorInReport: true,
      },
    )
    assert.ok(stats.requests > 1_000, `only ${stats.requests} requests`)
  })
})
