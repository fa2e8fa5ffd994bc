/** One run of a highlighted snippet: plain text, or text the query matched. */
export interface HighlightRun {
  text: string
  mark: boolean
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}

/** Only the five entities the API's escaper writes; anything else stays as written. */
function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
}

/**
 * Splits an API snippet (HTML-escaped text with `<mark>…</mark>` around matches) into runs of
 * plain text. Only the exact `<mark>` and `</mark>` tokens are structure; everything else is text,
 * so the result can be turned into text nodes and never needs an HTML parser.
 */
export function parseHighlight(snippet: string): HighlightRun[] {
  const runs: HighlightRun[] = []
  let mark = false
  for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true
    else if (part === '</mark>') mark = false
    else if (part !== '') runs.push({ text: unescape(part), mark })
  }
  return runs
}
