import { posix } from 'node:path'
import type { ServiceFolder } from './discover-services.ts'

const SECURITY_TITLE = /^#[ \t]+Security[ \t]+(?:in|of)\b/

/**
 * The chapter's root page: the explicit choice (option or service.yml), else `security.md`, else
 * the first page whose `#` title starts with "Security in" / "Security of".
 * Returns the file or why none was found.
 */
export function findRootPage(
  folder: ServiceFolder,
  explicit: string | undefined,
  textOf: (file: string) => string | null,
): { file: string } | { reason: string } {
  const prefix = folder.dir === '.' ? '' : `${folder.dir}/`
  if (explicit !== undefined) {
    const file = posix.normalize(`${prefix}${explicit}`)
    return folder.pages.includes(file)
      ? { file }
      : { reason: `root page ${explicit} does not exist` }
  }
  const security = `${prefix}security.md`
  if (folder.pages.includes(security)) return { file: security }
  for (const file of folder.pages) {
    const text = textOf(file)
    const title = text?.split('\n').find((line) => line.startsWith('# '))
    if (title !== undefined && SECURITY_TITLE.test(title)) return { file }
  }
  return { reason: 'no security.md and no page titled "Security in …" or "Security of …"' }
}
