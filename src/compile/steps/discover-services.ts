import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { createDiagnostic } from '../diagnostics.ts'

/** A folder holding one service's pages. */
export interface ServiceFolder {
  /** Folder relative to the content root, `.` for the root itself. */
  dir: string
  /** Its `.md` entries (paths relative to the content root), in code-point order. */
  pages: string[]
  /** Path of its `service.yml` relative to the content root, or null. */
  serviceFile: string | null
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function isPageEntry(entry: Dirent): boolean {
  return entry.name.toLowerCase().endsWith('.md') && !entry.name.startsWith('.')
}

function folder(dir: string, entries: Dirent[]): ServiceFolder {
  const prefix = dir === '.' ? '' : `${dir}/`
  return {
    dir,
    // Directories named `x.md` stay in the list so reading them reports `unreadable-file`.
    pages: entries
      .filter(isPageEntry)
      .map((e) => `${prefix}${e.name}`)
      .sort(byCodePoint),
    serviceFile: entries.some((e) => e.name === 'service.yml') ? `${prefix}service.yml` : null,
  }
}

/**
 * One service per sub-folder holding pages, or the content root itself when it holds pages
 * directly (the upstream `doc_source/` case).
 */
export async function discoverServices(
  contentRoot: string,
  diagnostics: Diagnostic[],
): Promise<ServiceFolder[]> {
  let entries: Dirent[]
  try {
    entries = await readdir(contentRoot, { withFileTypes: true })
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOTDIR'
        ? 'not a directory'
        : 'it does not exist or is not readable'
    diagnostics.push(
      createDiagnostic(
        'missing-content',
        { file: '.', line: 1, column: 1 },
        { dir: contentRoot, reason },
      ),
    )
    return []
  }
  if (entries.some(isPageEntry)) return [folder('.', entries)]
  const folders: ServiceFolder[] = []
  const names = entries
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name)
  for (const name of names.sort(byCodePoint)) {
    const path = join(contentRoot, name)
    try {
      if (!(await stat(path)).isDirectory()) continue
      const children = await readdir(path, { withFileTypes: true })
      if (children.some(isPageEntry)) folders.push(folder(name, children))
    } catch {
      // An unreadable sub-folder holds no pages we could build.
      diagnostics.push(
        createDiagnostic(
          'unreadable-file',
          { file: name, line: 1, column: 1 },
          { path: name, reason: 'folder cannot be listed' },
        ),
      )
    }
  }
  if (folders.length === 0) {
    diagnostics.push(
      createDiagnostic('no-pages', { file: '.', line: 1, column: 1 }, { dir: contentRoot }),
    )
  }
  return folders
}
