import assert from 'node:assert/strict'
import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { describe, it } from 'node:test'
import { pino } from 'pino'
import { LIMITS, listen } from '../../src/api/listen.ts'

const logger = pino({ level: 'silent' })

/** Sends raw bytes on a fresh connection; resolves with everything read until the server closes or answers. */
function exchange(
  port: number,
  bytes: string,
): Promise<{ socket: Socket; reply: Promise<string> }> {
  return new Promise((connected) => {
    const socket = connect(port, '127.0.0.1', () => {
      let data = ''
      const reply = new Promise<string>((done) => {
        socket.on('data', (chunk) => {
          data += String(chunk)
          if (data.includes('\r\n\r\n')) done(data)
        })
        socket.on('close', () => done(data))
        socket.on('error', () => done(data))
      })
      socket.write(bytes)
      connected({ socket, reply })
    })
  })
}

describe('listen limits', () => {
  it('closes connections over maxConnections on accept', async () => {
    const running = await listen(
      (_req, res) => {
        res.setHeader('Content-Type', 'text/plain')
        res.end('ok')
      },
      { port: 0, host: '127.0.0.1', logger, maxConnections: 2 },
    )
    const port = Number(new URL(running.url).port)
    const request = 'GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n'
    try {
      const first = await exchange(port, request)
      const second = await exchange(port, request)
      assert.match(await first.reply, /^HTTP\/1\.1 200/)
      assert.match(await second.reply, /^HTTP\/1\.1 200/)
      // Both are kept alive: a third connection is over the cap and closed without an answer.
      const third = await exchange(port, request)
      assert.equal(await third.reply, '')
      first.socket.destroy()
      second.socket.destroy()
      third.socket.destroy()
    } finally {
      await running.shutdown()
    }
  })

  it(`answers 431 to more than ${LIMITS.maxHeaderBytes} bytes of headers`, async () => {
    const running = await listen((_req, res) => res.end('ok'), {
      port: 0,
      host: '127.0.0.1',
      logger,
    })
    const port = Number(new URL(running.url).port)
    try {
      const big = `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(LIMITS.maxHeaderBytes)}\r\n\r\n`
      const { socket, reply } = await exchange(port, big)
      assert.match(await reply, /^HTTP\/1\.1 431/)
      socket.destroy()
      const small = await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
      assert.match(await small.reply, /^HTTP\/1\.1 200/)
      small.socket.destroy()
    } finally {
      await running.shutdown()
    }
  })

  it('sets the documented timeouts on the server', async () => {
    const running = await listen((_req, res) => res.end('ok'), {
      port: 0,
      host: '127.0.0.1',
      logger,
    })
    try {
      assert.equal(running.server.headersTimeout, LIMITS.headersTimeoutMs)
      assert.equal(running.server.requestTimeout, LIMITS.requestTimeoutMs)
      assert.equal(running.server.keepAliveTimeout, LIMITS.keepAliveTimeoutMs)
      assert.equal(running.server.maxConnections, LIMITS.maxConnections)
    } finally {
      await running.shutdown()
    }
  })
})
