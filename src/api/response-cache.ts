import type { Representation } from './route.ts'

/** A representation ready to send, with its ETag. */
export interface Answer extends Representation {
  etag: string
}

export interface ResponseCache {
  get(key: string): Answer | undefined
  set(key: string, answer: Answer): void
}

/** LRU of answers bounded by the bytes of their bodies and keys. */
export function createResponseCache(maxBytes: number): ResponseCache {
  const entries = new Map<string, Answer>()
  let bytes = 0
  const size = (key: string, answer: Answer) => answer.body.length + key.length * 2 + 256
  return {
    get(key) {
      const answer = entries.get(key)
      if (answer !== undefined) {
        // Refresh recency: Map iteration order is insertion order.
        entries.delete(key)
        entries.set(key, answer)
      }
      return answer
    },
    set(key, answer) {
      const cost = size(key, answer)
      if (cost > maxBytes / 8 || entries.has(key)) return
      entries.set(key, answer)
      bytes += cost
      for (const [oldKey, old] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(oldKey)
        bytes -= size(oldKey, old)
      }
    },
  }
}
