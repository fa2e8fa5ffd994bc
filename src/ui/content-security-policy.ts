export interface CspOptions {
  /** Extra origins the page may call (beyond its own), e.g. an API behind another host name. */
  connectSrc?: readonly string[]
  /** Who may frame the page (CSP `frame-ancestors`); nobody by default. */
  frameAncestors?: readonly string[]
}

/**
 * The page's policy: only our own script and stylesheet, calls to our API, no inline code, no
 * plugins, no framing unless configured. Trusted Types are required with no policy allowed, so
 * the browser itself rejects any HTML string sink (innerHTML and friends) in our code.
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const connect = ["'self'", ...(options.connectSrc ?? [])]
  const ancestors =
    options.frameAncestors && options.frameAncestors.length > 0
      ? options.frameAncestors
      : ["'none'"]
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors.join(' ')}`,
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ')
}
