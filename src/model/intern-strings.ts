/** Fields whose strings are unique per item (hashing them would only cost time). */
const UNIQUE_FIELDS = new Set(['id', 'statement'])

/**
 * Returns a function that walks a parsed JSON value and replaces every string (except in
 * `UNIQUE_FIELDS`) with the first equal string it has seen. `JSON.parse` gives each occurrence its
 * own copy: a graph of 100k controls repeats its service, topic and section ids, heading paths,
 * requirement ids, relations and rationales hundreds of thousands of times, and sharing them
 * halves the graph's heap. Strings are immutable, so sharing them changes nothing else.
 */
export function createStringInterner(): <T>(value: T) => T {
  const seen = new Map<string, string>()
  const intern = (text: string): string => {
    const known = seen.get(text)
    if (known !== undefined) return known
    seen.set(text, text)
    return text
  }
  // In place: only string slots are written (an object is never reassigned, so a `__proto__`
  // key stays an ordinary own property).
  const walk = (value: object, key: string): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i]
        if (typeof item === 'string') value[i] = intern(item)
        else if (item !== null && typeof item === 'object') walk(item, key)
      }
      return
    }
    const record = value as Record<string, unknown>
    for (const name in record) {
      const item = record[name]
      if (typeof item === 'string') {
        if (!UNIQUE_FIELDS.has(name)) record[name] = intern(item)
      } else if (item !== null && typeof item === 'object') walk(item, name)
    }
  }
  return <T>(value: T): T => {
    if (value !== null && typeof value === 'object') walk(value, '')
    return value
  }
}
