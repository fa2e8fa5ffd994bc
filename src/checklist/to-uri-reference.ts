const encoder = new TextEncoder()

/** Everything outside RFC 3986's unreserved and sub-delim/gen-delim characters, and `( ) [ ] #`. */
const UNSAFE = /[^A-Za-z0-9\-._~:/?@!$&'*+,;=%]/gu

/**
 * Makes an href from the docs safe as an RFC 3986 URI reference (OSCAL `href`, Markdown link
 * destination): characters outside the URI set are percent-encoded, stray `%` become `%25`, a
 * second `#` is encoded, and parentheses are encoded so a Markdown destination never ends early.
 */
export function toUriReference(href: string): string {
  const hash = href.indexOf('#')
  if (hash === -1) return encode(href)
  return `${encode(href.slice(0, hash))}#${encode(href.slice(hash + 1))}`
}

function encode(text: string): string {
  return text
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(UNSAFE, (c) =>
      Array.from(
        encoder.encode(c),
        (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
      ).join(''),
    )
}
