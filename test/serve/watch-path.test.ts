import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { pino } from 'pino'
import { watchPath } from '../../src/serve/watch-path.ts'
import { until } from './support.ts'

const logger = pino({ level: 'silent' })

for (const poll of [false, true]) {
  describe(`watchPath (${poll ? 'polling' : 'fs.watch'})`, () => {
    it('turns a burst of 20 edits in nested folders into one change', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'secgraph-watch-'))
      await mkdir(join(dir, 'svc', 'deep'), { recursive: true })
      let changes = 0
      const watcher = await watchPath(dir, {
        logger,
        poll,
        pollMs: 100,
        debounceMs: 300,
        maxWaitMs: 5000,
        onChange: () => changes++,
      })
      try {
        assert.equal(watcher.mode(), poll ? 'poll' : 'events')
        for (let i = 0; i < 20; i++)
          await writeFile(join(dir, 'svc', 'deep', `p${i % 3}.md`), `${i}`)
        await until(async () => (changes > 0 ? true : undefined), 'a change')
        // Another quiet period: a second call would have come by now.
        await new Promise((done) => setTimeout(done, 800))
        assert.equal(changes, 1)
        await writeFile(join(dir, 'svc', 'new.md'), 'x')
        await until(async () => (changes === 2 ? true : undefined), 'the next change')
      } finally {
        watcher.close()
        await rm(dir, { recursive: true, force: true })
      }
    })
  })
}

describe('watchPath on a file', () => {
  it('sees the file replaced by a rename (how graph files are written)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'secgraph-watch-'))
    const file = join(dir, 'graph.json')
    await writeFile(file, '{}')
    let changes = 0
    const watcher = await watchPath(file, { logger, debounceMs: 100, onChange: () => changes++ })
    try {
      await writeFile(join(dir, 'other.json'), '{}')
      await writeFile(`${file}.tmp`, '{"a":1}')
      const { rename } = await import('node:fs/promises')
      await rename(`${file}.tmp`, file)
      await until(async () => (changes > 0 ? true : undefined), 'a change')
      assert.equal(changes, 1)
    } finally {
      watcher.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
