import { createHash } from 'node:crypto'

/** A hashed input: a stable name and the SHA-256 of its bytes (null when it could not be read). */
export interface HashInput {
  name: string
  digest: string | null
}

/** The hex SHA-256 of some bytes, or null for an unreadable file. */
export function digestOf(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : createHash('sha256').update(bytes).digest('hex')
}

/**
 * `sha256:<hex>` over the (name, SHA-256 of bytes) pairs sorted by name. Hashing per-file digests
 * instead of the bytes themselves lets the build drop each file's bytes as soon as it is read.
 */
export function contentHash(inputs: HashInput[]): string {
  const hash = createHash('sha256')
  const sorted = [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const { name, digest } of sorted) hash.update(`${JSON.stringify(name)} ${digest ?? '-'}\n`)
  return `sha256:${hash.digest('hex')}`
}
