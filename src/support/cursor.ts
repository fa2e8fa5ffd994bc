/** What an opaque page cursor carries: where the page starts and which query it belongs to. */
export interface Cursor {
  offset: number
  fingerprint: string
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.offset, f: cursor.fingerprint })).toString(
    'base64url',
  )
}

/** Null for anything that is not a cursor this server issued (shape only; the fingerprint is checked by the route). */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { o, f } = value as { o?: unknown; f?: unknown }
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0) return null
  if (typeof f !== 'string' || !/^[0-9a-f]{1,64}$/.test(f)) return null
  return { offset: o, fingerprint: f }
}
