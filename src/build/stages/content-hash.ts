import { createHash } from 'node:crypto'

/** A hashed input: a stable name and its bytes (null when it could not be read). */
export interface HashInput {
  name: string
  bytes: Uint8Array | null
}

/** `sha256:<hex>` over the inputs sorted by name; lengths are framed so no two input sets collide. */
export function contentHash(inputs: HashInput[]): string {
  const hash = createHash('sha256')
  const sorted = [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const { name, bytes } of sorted) {
    const nameBytes = Buffer.from(name, 'utf8')
    hash.update(`${nameBytes.length}:`).update(nameBytes)
    hash.update(bytes === null ? '-1:' : `${bytes.length}:`)
    if (bytes !== null) hash.update(bytes)
  }
  return `sha256:${hash.digest('hex')}`
}
