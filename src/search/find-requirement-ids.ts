/**
 * Requirement ids as people type them: `SC-28`, `sc-28`, `IA-2(1)`, `ia-2.1`, with or without
 * their catalog (`nist-800-53-r5:sc-28`). Only the shape is read here; whether the catalog has
 * the id is the resolver's call.
 */
const REQUIREMENT_ID =
  /(?<![\p{L}\p{N}:-])(?:[a-z][\p{L}\p{N}-]*:)?[a-z]{2}-\d{1,3}(?:\s*\(\s*\d{1,3}\s*\)|\.\d{1,3})?(?![\p{L}\p{N}(]|\.\d)/giu

/** A requirement named in a query, with what it selects. */
export interface RequirementMention {
  /** As typed. */
  text: string
  /** Requirement ids it selects (see `requirementFamily`). */
  ids: readonly string[]
}

/**
 * Takes the requirement ids out of a query: those the resolver knows, and the query text left
 * without them.
 */
export function findRequirementIds(
  q: string,
  resolve: (text: string) => readonly string[] | null,
): { mentions: RequirementMention[]; rest: string } {
  const mentions: RequirementMention[] = []
  const rest = q.replace(REQUIREMENT_ID, (text) => {
    const ids = resolve(text.replace(/\s+/g, ''))
    if (ids === null || ids.length === 0) return text
    mentions.push({ text, ids })
    return ' '
  })
  return { mentions, rest }
}
