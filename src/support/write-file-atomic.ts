import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes through a temporary file in the same folder, flushed, then renamed into place: readers
 * never see half a file and a failed or interrupted write leaves the previous file untouched.
 * The temp file is in the destination's folder because rename is only atomic within a file system.
 */
export async function writeFileAtomic(file: string, body: string | Uint8Array): Promise<void> {
  const dir = dirname(file)
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(body)
      // Flush before the rename so a crash cannot leave a renamed but empty file.
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
