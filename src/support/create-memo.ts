/**
 * A small LRU cache of values computed from a key, for pure work only (an entry never goes stale):
 * the API's representations of query parameters, the compiler's catalogs and sentence readings.
 * The bound only caps memory; the least recently used entry goes first.
 */
export function createMemo<T>(max: number): (key: string, compute: () => T) => T {
  const entries = new Map<string, T>()
  return (key, compute) => {
    const hit = entries.get(key)
    if (hit !== undefined) {
      entries.delete(key)
      entries.set(key, hit)
      return hit
    }
    const value = compute()
    entries.set(key, value)
    if (entries.size > max) entries.delete(entries.keys().next().value as string)
    return value
  }
}
