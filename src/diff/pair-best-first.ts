/** A pair chosen by `pairBestFirst`: indexes into both lists and the pair's score. */
export interface ScoredPair {
  left: number
  right: number
  score: number
}

/**
 * Greedy best-first pairing: every pair scoring at least `threshold` is a candidate; the best
 * remaining candidate is taken while both of its sides are free. Ties go to the lower `tie` value
 * (e.g. "same section first"), then to document order on the left, then on the right, so the
 * result never depends on anything but the inputs. Greedy rather than optimal assignment because
 * a reworded statement's best partner is almost always unambiguous, and greedy is easy to explain.
 */
export function pairBestFirst<L, R>(
  left: readonly L[],
  right: readonly R[],
  score: (l: L, r: R) => number,
  threshold: number,
  tie: (l: L, r: R) => number = () => 0,
): ScoredPair[] {
  const candidates: (ScoredPair & { tie: number })[] = []
  left.forEach((l, i) =>
    right.forEach((r, j) => {
      const s = score(l, r)
      if (s >= threshold) candidates.push({ left: i, right: j, score: s, tie: tie(l, r) })
    }),
  )
  candidates.sort(
    (a, b) => b.score - a.score || a.tie - b.tie || a.left - b.left || a.right - b.right,
  )
  const usedLeft = new Set<number>()
  const usedRight = new Set<number>()
  const pairs: ScoredPair[] = []
  for (const c of candidates) {
    if (usedLeft.has(c.left) || usedRight.has(c.right)) continue
    usedLeft.add(c.left)
    usedRight.add(c.right)
    pairs.push({ left: c.left, right: c.right, score: c.score })
  }
  return pairs.sort((a, b) => a.left - b.left)
}
