/** Runs of digits and runs of anything else: `nist-800-53-r5:ac-2.1` → `nist-`, `800`, …, `2`, `.`, `1`. */
const RUNS = /\d+|\D+/g

/**
 * Natural control order of requirement ids (full ids or the catalog's own): families in
 * alphabetical order, numbers by value, a base control before its enhancements. So `ac-2` comes
 * before `ac-17`, `ac-2` before `ac-2.1`, and `ac-2.2` before `ac-2.10`. The one comparator every
 * list of requirements is sorted with.
 */
export function compareRequirementIds(a: string, b: string): number {
  const left = a.match(RUNS) ?? []
  const right = b.match(RUNS) ?? []
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string
    const y = right[i] as string
    if (x === y) continue
    const numeric = /^\d/.test(x) && /^\d/.test(y)
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y)
    return x < y ? -1 : 1
  }
  return left.length - right.length
}
