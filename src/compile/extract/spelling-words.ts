/** What may stand between a program spelling's words in text: white space, a hyphen or a dash. */
export const SEPARATOR = /[\s\-‐‑–]/

const SEPARATORS = new RegExp(`${SEPARATOR.source}+`)

/** A spelling's words ("SOC 2" → SOC, 2): text may join them with any separators, or none. */
export const spellingWords = (spelling: string): string[] =>
  spelling.trim().split(SEPARATORS).filter(Boolean)
