import { shortHash } from '../../model/short-hash.ts'
import { slugify } from '../../model/slugify.ts'

/** The statement as ids see it: lower-cased, whitespace collapsed. */
export const normalizeStatement = (statement: string): string =>
  statement.toLowerCase().replace(/\s+/g, ' ').trim()

/** `<section or topic id>.<first six words>-<hash>`: changes only when the statement does. */
export function controlId(scope: string, statement: string): string {
  const slug = slugify(statement, 6) || 'control'
  return `${scope}.${slug}-${shortHash(normalizeStatement(statement), 6)}`
}
