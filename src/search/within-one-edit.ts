/**
 * True when `a` and `b` are at most one edit apart (restricted Damerau-Levenshtein): one
 * substitution, insertion, deletion or swap of two adjacent characters. Linear time.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const lengthA = a.length
  const lengthB = b.length
  if (Math.abs(lengthA - lengthB) > 1) return false
  let i = 0
  while (i < lengthA && i < lengthB && a[i] === b[i]) i++
  if (lengthA === lengthB) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return lengthA < lengthB ? a.slice(i) === b.slice(i + 1) : b.slice(i) === a.slice(i + 1)
}
