import { createHash } from 'node:crypto'

/** RFC 4122 name-based UUID (version 5, SHA-1): the same namespace and name always give the same UUID. */
export function uuidV5(name: string, namespace: string): string {
  const hex = namespace.replace(/-/g, '')
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`invalid namespace UUID: ${namespace}`)
  const bytes = createHash('sha1')
    .update(Buffer.from(hex, 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16)
  // Version 5 in the high nibble of byte 6, RFC 4122 variant in the top bits of byte 8.
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6)
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8)
  const out = bytes.toString('hex')
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`
}
