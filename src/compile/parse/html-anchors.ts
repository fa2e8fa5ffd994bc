const ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi

/** Anchor names (`<a name="x">`, `<a id="x">`) in a piece of HTML, in order. */
export function htmlAnchors(html: string): string[] {
  const names: string[] = []
  for (const match of html.matchAll(ANCHOR)) {
    const value = (match[1] ?? match[2] ?? match[3] ?? '').trim()
    if (value) names.push(value)
  }
  return names
}
