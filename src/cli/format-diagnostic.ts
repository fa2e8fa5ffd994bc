import { join, relative, sep } from 'node:path'
import type { Diagnostic } from '../model/diagnostic.ts'

/**
 * `file:line:column severity code message` and an indented hint line, like a compiler, with the
 * file relative to the working directory so editors and terminals can jump to it.
 */
export function formatDiagnostic(
  diagnostic: Diagnostic,
  contentRoot: string,
  cwd = process.cwd(),
): string {
  const path = relative(cwd, join(contentRoot, diagnostic.file)).split(sep).join('/') || '.'
  const { line, column, severity, code, message, hint } = diagnostic
  return `${path}:${line}:${column} ${severity} ${code} ${message}\n  hint: ${hint}`
}
