import type { QueryValues } from '../validate-request.ts'

/** `download=1` (or `true`) asks for the representation as a file. */
export function isDownload(query: QueryValues): boolean {
  return query.download === '1' || query.download === 'true' || query.download === true
}

/** `Content-Disposition` of a download; file names are slugs, so quoting them is enough. */
export function attachment(fileName: string): Record<string, string> {
  return { 'Content-Disposition': `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"` }
}
