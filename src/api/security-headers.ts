import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet from 'helmet'

/**
 * Helmet's headers, computed once: they never depend on the request, so replaying a captured
 * header list is cheaper than running helmet's middleware chain on every request.
 */
export function createSecurityHeaders(crossOrigin: boolean): [string, string][] {
  const middleware = helmet({
    // A JSON API loads nothing: deny every fetch and framing.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    // Portals on the allow-listed origins must be able to read responses.
    crossOriginResourcePolicy: { policy: crossOrigin ? 'cross-origin' : 'same-origin' },
  })
  const headers = new Map<string, string>()
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value))
      return recorder
    },
    removeHeader(name: string) {
      headers.delete(name)
    },
  }
  let done = false
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, () => {
    done = true
  })
  if (!done) throw new Error('helmet did not complete synchronously')
  return [...headers]
}
