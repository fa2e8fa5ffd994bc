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
  const ancestors = ancestorsOf(options)
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

/**
 * The policy of `/docs`, the API reference, as narrow as Redoc allows: our own scripts only;
 * styles from the per-request nonce, because Redoc (styled-components) injects `<style>` elements
 * at run time; a worker from a `blob:` URL, which is how Redoc runs its search index; and the
 * OpenAPI document fetched from our own origin. No Trusted Types: Redoc renders the document's
 * Markdown descriptions as HTML.
 */
export function apiReferencePolicy(nonce: string, options: CspOptions = {}): string {
  const ancestors = ancestorsOf(options)
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ')
}

/** Who may frame a page: the configured origins, else nobody. */
function ancestorsOf(options: CspOptions): readonly string[] {
  return options.frameAncestors && options.frameAncestors.length > 0
    ? options.frameAncestors
    : ["'none'"]
}
