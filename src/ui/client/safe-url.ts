/** The URL when it is an absolute http(s) URL, else null: only those become clickable links. */
export function safeHttpUrl(href: string): string | null {
  try {
    const url = new URL(href)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
