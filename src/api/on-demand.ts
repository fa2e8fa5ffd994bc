/**
 * A cache filled on first use: `compute(key)` runs once per key that exists (undefined answers are
 * not kept). Representations of one immutable graph never go stale, so nothing is evicted; what a
 * replica never serves is never rendered, which keeps start-up short and memory to what is asked.
 */
export function onDemand<T>(
  compute: (key: string) => T | undefined,
): (key: string) => T | undefined {
  const values = new Map<string, T>()
  return (key) => {
    let value = values.get(key)
    if (value === undefined) {
      value = compute(key)
      if (value !== undefined) values.set(key, value)
    }
    return value
  }
}
