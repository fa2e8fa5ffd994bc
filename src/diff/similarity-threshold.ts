/**
 * Controls whose ids changed are paired when their statements score at least this (word Dice).
 * Chosen from `bench/diff-threshold.ts`; the measured distributions are in the README ("What changed?").
 */
export const SIMILARITY_THRESHOLD = 0.5
