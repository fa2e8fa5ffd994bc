/**
 * Stable RFC 9457 problem types: clients branch on `type`, so these URIs never change. `when` says
 * when each is sent; docs/reference/problems.md is generated from it.
 */
export const PROBLEM_TYPES = {
  invalidParameters: {
    type: 'https://secgraph.dev/problems/invalid-parameters',
    title: 'Invalid parameters',
    status: 400,
    when: 'A query parameter is invalid: unknown, outside its enum or range, repeated though single-valued, too long, or a malformed or foreign cursor. `invalid-params` lists every bad parameter as `{name, in, reason}`.',
  },
  responseTooLarge: {
    type: 'https://secgraph.dev/problems/response-too-large',
    title: 'Response too large',
    status: 400,
    when: 'The answer of a resource that grows with the graph (`/v1/graph`, `/v1/checklists`, the OSCAL exports, `/v1/changes.atom`) would exceed `MAX_RESPONSE_BYTES`. The problem carries `bytes`, `maxBytes` and `narrowWith`, the parameters that make the answer smaller.',
  },
  badRequest: {
    type: 'https://secgraph.dev/problems/bad-request',
    title: 'Bad request',
    status: 400,
    when: 'The URL cannot be decoded, e.g. broken percent-encoding in the path.',
  },
  unauthorized: {
    type: 'https://secgraph.dev/problems/unauthorized',
    title: 'Unauthorized',
    status: 401,
    when: 'Bearer tokens are configured (`API_TOKENS`) and the request has none or a wrong one. Sent with `WWW-Authenticate: Bearer realm="secgraph"`.',
  },
  forbiddenOrigin: {
    type: 'https://secgraph.dev/problems/forbidden-origin',
    title: 'Origin not allowed',
    status: 403,
    when: 'A CORS preflight comes from an origin that `CORS_ORIGINS` does not allow.',
  },
  notFound: {
    type: 'https://secgraph.dev/problems/not-found',
    title: 'Not found',
    status: 404,
    when: 'The path or the id in it does not exist, or the resource is not served by this server (`/v1/changes` without `--baseline`).',
  },
  methodNotAllowed: {
    type: 'https://secgraph.dev/problems/method-not-allowed',
    title: 'Method not allowed',
    status: 405,
    when: 'A method other than GET, HEAD or OPTIONS on a known path. Sent with `Allow: GET, HEAD, OPTIONS`.',
  },
  notAcceptable: {
    type: 'https://secgraph.dev/problems/not-acceptable',
    title: 'Not acceptable',
    status: 406,
    when: 'The `Accept` header excludes every media type the resource can send.',
  },
  internal: {
    type: 'https://secgraph.dev/problems/internal',
    title: 'Internal server error',
    status: 500,
    when: 'An unexpected failure. The details are logged with the request id and never sent to the client.',
  },
  searchUnavailable: {
    type: 'https://secgraph.dev/problems/search-unavailable',
    title: 'Search unavailable',
    status: 503,
    when: '`q` or `/v1/search` on a server created without a search index.',
  },
  starting: {
    type: 'https://secgraph.dev/problems/starting',
    title: 'Starting',
    status: 503,
    when: 'The server listens but has not loaded its graph yet (any path but `/healthz`); `Retry-After` says when to ask again.',
  },
} as const

export type ProblemName = keyof typeof PROBLEM_TYPES
