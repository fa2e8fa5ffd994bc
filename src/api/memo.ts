/**
 * Small LRU cache for representations computed from query parameters. The graph never changes
 * while the app runs, so entries never go stale; the bound only caps memory under arbitrary queries.
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
