import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { writeFileAtomic } from '../../src/support/write-file-atomic.ts'
import { tempDir } from '../compile/helpers.ts'

test('writeFileAtomic writes text or bytes, creating folders, leaving no temp file', async () => {
  const { dir, cleanup } = tempDir()
  try {
    const file = join(dir, 'a', 'b', 'out.txt')
    await writeFileAtomic(file, 'first\n')
    assert.equal(readFileSync(file, 'utf8'), 'first\n')
    await writeFileAtomic(file, new Uint8Array([0xe2, 0x9c, 0x93]))
    assert.equal(readFileSync(file, 'utf8'), '✓')
    assert.deepEqual(readdirSync(join(dir, 'a', 'b')), ['out.txt'])
  } finally {
    cleanup()
  }
})

test('a failed rename leaves the destination as it was and removes the temp file', async () => {
  const { dir, cleanup } = tempDir()
  try {
    mkdirSync(join(dir, 'taken'))
    await assert.rejects(writeFileAtomic(join(dir, 'taken'), 'x'))
    assert.deepEqual(readdirSync(dir), ['taken'])
    assert.deepEqual(readdirSync(join(dir, 'taken')), [])
  } finally {
    cleanup()
  }
})
