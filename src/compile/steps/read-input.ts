import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { createDiagnostic } from '../diagnostics.ts'
import { digestOf } from './content-hash.ts'
import { decodeUtf8 } from '../helpers/decode-utf8.ts'
import { limitNesting, MAX_PREFIX_COLUMNS } from '../helpers/limit-nesting.ts'

/** One input file as read: the SHA-256 of its bytes (for the content hash), its text when valid UTF-8. */
export interface InputFile {
  /** Path relative to the content root, forward slashes. */
  file: string
  /** Hex SHA-256 of the bytes, null when the file could not be read. */
  digest: string | null
  text: string | null
}

/** Reads a content file strictly as UTF-8; unreadable or non-UTF-8 files give an error, never a throw. */
export async function readInput(
  contentRoot: string,
  file: string,
  diagnostics: Diagnostic[],
): Promise<InputFile> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(join(contentRoot, file))
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'read error'
    diagnostics.push(
      createDiagnostic(
        'unreadable-file',
        { file, line: 1, column: 1 },
        { path: file, reason: describe(reason) },
      ),
    )
    return { file, digest: null, text: null }
  }
  const decoded = decodeUtf8(bytes)
  if ('invalidAt' in decoded) {
    diagnostics.push(
      createDiagnostic(
        'invalid-utf8',
        { file, ...bytePosition(bytes, decoded.invalidAt) },
        {
          path: file,
          offset: decoded.invalidAt,
        },
      ),
    )
    return { file, digest: digestOf(bytes), text: null }
  }
  if (!file.endsWith('.md')) return { file, digest: digestOf(bytes), text: decoded.text }
  const limited = limitNesting(decoded.text)
  if (limited.line !== null) {
    diagnostics.push(
      createDiagnostic(
        'nesting-too-deep',
        { file, line: limited.line, column: 1 },
        { path: file, max: MAX_PREFIX_COLUMNS },
      ),
    )
  }
  return { file, digest: digestOf(bytes), text: limited.text }
}

function describe(code: string): string {
  switch (code) {
    case 'EISDIR':
      return 'it is a directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOENT':
      return 'it disappeared while building'
    default:
      return code
  }
}

/** 1-based line and byte column of a byte offset, so editors can jump to the bad byte. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
