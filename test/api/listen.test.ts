import assert from 'node:assert/strict'
import { request } from 'node:http'
import { describe, it } from 'node:test'
import type { NextFunction, Request, Response } from 'express'
import { pino } from 'pino'
import { listen, shutdownOnSignals } from '../../src/api/listen.ts'
import { SCHEMA_VERSION } from '../../src/model/index.ts'
import { createTestApp } from './support/create-test-app.ts'

const logger = pino({ level: 'silent' })

function get(url: string): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
      )
    })
      .on('error', reject)
      .end()
  })
}

/** Holds /v1/meta until released, so a request is provably in flight during shutdown. */
function slowMeta() {
  let release: () => void = () => {}
  let arrived: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  const inFlight = new Promise<void>((resolve) => (arrived = resolve))
  const middleware = (req: Request, _res: Response, next: NextFunction) => {
    if (req.path !== '/v1/meta') return next()
    arrived()
    void gate.then(() => next())
  }
  return { middleware, release, inFlight }
}

describe('listen', () => {
  it('serves on loopback and reports its URL', async () => {
    const running = await listen(createTestApp(), { port: 0, host: '127.0.0.1', logger })
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/)
    assert.equal((await get(`${running.url}/healthz`)).status, 200)
    assert.equal(running.server.requestTimeout, 30_000)
    assert.equal(running.server.headersTimeout, 15_000)
    assert.equal(running.server.keepAliveTimeout, 5_000)
    await running.shutdown()
  })

  it('on shutdown stops accepting, finishes in-flight requests, then closes', async () => {
    const slow = slowMeta()
    const running = await listen(createTestApp({ beforeRoutes: [slow.middleware] }), {
      port: 0,
      host: '127.0.0.1',
      logger,
    })
    const pending = get(`${running.url}/v1/meta`)
    await slow.inFlight
    const closed = running.shutdown()
    await assert.rejects(get(`${running.url}/healthz`), /ECONNREFUSED/)
    slow.release()
    const answer = await pending
    assert.equal(answer.status, 200)
    assert.equal(JSON.parse(answer.body).schemaVersion, SCHEMA_VERSION)
    await closed
    assert.equal(running.server.listening, false)
  })

  it('closes connections still busy when the drain timeout ends', async () => {
    const slow = slowMeta()
    const running = await listen(createTestApp({ beforeRoutes: [slow.middleware] }), {
      port: 0,
      host: '127.0.0.1',
      logger,
      drainTimeoutMs: 50,
    })
    const pending = get(`${running.url}/v1/meta`)
    await slow.inFlight
    await running.shutdown()
    await assert.rejects(pending, /socket hang up|ECONNRESET/)
    slow.release()
  })

  it('SIGTERM and SIGINT trigger the graceful shutdown', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const running = await listen(createTestApp(), { port: 0, host: '127.0.0.1', logger })
      const remove = shutdownOnSignals(running)
      process.emit(signal)
      await running.closed
      remove()
      assert.equal(running.server.listening, false, signal)
    }
  })
})
