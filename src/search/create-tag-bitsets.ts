import type { TagFilter } from './create-node-index.ts'

/** Precomputed membership bitsets for filtering without a query, in document order. */
export interface TagBitsets {
  /** Positions of the nodes passing every filter (OR within one, AND across), ascending. */
  select(filters: readonly TagFilter[]): number[]
}

/**
 * One bitset per (tag field, value): OR-ing and AND-ing 32 nodes per machine word makes an
 * unqueried filter cost a few hundred word operations even on large graphs.
 */
export function createTagBitsets(
  size: number,
  tagFields: readonly string[],
  valuesOf: (position: number, field: string) => readonly string[],
): TagBitsets {
  const words = Math.ceil(size / 32)
  const sets = new Map<string, Map<string, Uint32Array>>()
  for (const field of tagFields) {
    const byValue = new Map<string, Uint32Array>()
    for (let position = 0; position < size; position++) {
      for (const value of valuesOf(position, field)) {
        let bits = byValue.get(value)
        if (!bits) byValue.set(value, (bits = new Uint32Array(words)))
        bits[position >>> 5] = (bits[position >>> 5] as number) | (1 << (position & 31))
      }
    }
    sets.set(field, byValue)
  }
  const result = new Uint32Array(words)
  const union = new Uint32Array(words)

  const select = (filters: readonly TagFilter[]): number[] => {
    result.fill(0xffffffff)
    for (const filter of filters) {
      union.fill(0)
      const byValue = sets.get(filter.field)
      for (const value of filter.values) {
        const bits = byValue?.get(value)
        if (bits)
          for (let w = 0; w < words; w++) union[w] = (union[w] as number) | (bits[w] as number)
      }
      for (let w = 0; w < words; w++) result[w] = (result[w] as number) & (union[w] as number)
    }
    const positions: number[] = []
    for (let w = 0; w < words; w++) {
      let word = result[w] as number
      while (word !== 0) {
        const low = word & -word
        const position = w * 32 + 31 - Math.clz32(low)
        if (position >= size) break
        positions.push(position)
        word ^= low
      }
    }
    return positions
  }

  return { select }
}
