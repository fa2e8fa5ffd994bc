import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pino } from 'pino'
import { createServerLog } from '../../src/serve/create-logger.ts'
import { createTerminalLog } from '../../src/serve/create-terminal-log.ts'

function capture() {
  const lines: string[] = []
  return { lines, out: { write: (text: string) => lines.push(text) } }
}

describe('createTerminalLog', () => {
  it('prints events as readable lines and requests only as a summary', () => {
    const { lines, out } = capture()
    const terminal = createTerminalLog({ out, intervalMs: 60_000 })
    const logger = pino({ level: 'info' }, terminal)
    logger.warn({ path: 'content', mode: 'native' }, 'watching for changes')
    for (const [status, ms] of [
      [200, 2],
      [200, 4],
      [404, 1],
      [200, 30],
    ] as const) {
      logger.info({ requestId: 'r', method: 'GET', url: '/v1/meta', status, ms }, 'request')
    }
    assert.equal(lines.length, 1, 'no line per request')
    assert.match(
      lines[0] ?? '',
      /^\d\d:\d\d:\d\d WARN {2}watching for changes path=content mode=native\n$/,
    )
    assert.doesNotMatch(lines[0] ?? '', /[{}]/)
    terminal.close()
    assert.match(
      lines[1] ?? '',
      /INFO {2}4 requests in \d+ s \(2xx 3, 4xx 1\); median 2 ms, slowest 30 ms\n$/,
    )
    terminal.close()
    assert.equal(lines.length, 2, 'nothing more to summarize')
  })
})

describe('createServerLog', () => {
  it('is pretty on a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    assert.equal(createServerLog({}, true).format, 'pretty')
    assert.equal(createServerLog({}, false).format, 'json')
    assert.equal(createServerLog({ LOG_FORMAT: 'json' }, true).format, 'json')
    assert.equal(createServerLog({ LOG_FORMAT: 'pretty' }, false).format, 'pretty')
    assert.throws(
      () => createServerLog({ LOG_FORMAT: 'xml' }, true),
      /LOG_FORMAT must be json or pretty/,
    )
  })
})
