/** Stable RFC 9457 problem types: clients branch on `type`, so these URIs never change. */
export const PROBLEM_TYPES = {
  invalidParameters: {
    type: 'https://secgraph.dev/problems/invalid-parameters',
    title: 'Invalid parameters',
    status: 400,
  },
  responseTooLarge: {
    type: 'https://secgraph.dev/problems/response-too-large',
    title: 'Response too large',
    status: 400,
  },
  badRequest: {
    type: 'https://secgraph.dev/problems/bad-request',
    title: 'Bad request',
    status: 400,
  },
  unauthorized: {
    type: 'https://secgraph.dev/problems/unauthorized',
    title: 'Unauthorized',
    status: 401,
  },
  forbiddenOrigin: {
    type: 'https://secgraph.dev/problems/forbidden-origin',
    title: 'Origin not allowed',
    status: 403,
  },
  notFound: { type: 'https://secgraph.dev/problems/not-found', title: 'Not found', status: 404 },
  methodNotAllowed: {
    type: 'https://secgraph.dev/problems/method-not-allowed',
    title: 'Method not allowed',
    status: 405,
  },
  notAcceptable: {
    type: 'https://secgraph.dev/problems/not-acceptable',
    title: 'Not acceptable',
    status: 406,
  },
  internal: {
    type: 'https://secgraph.dev/problems/internal',
    title: 'Internal server error',
    status: 500,
  },
  searchUnavailable: {
    type: 'https://secgraph.dev/problems/search-unavailable',
    title: 'Search unavailable',
    status: 503,
  },
  starting: {
    type: 'https://secgraph.dev/problems/starting',
    title: 'Starting',
    status: 503,
  },
} as const

export type ProblemName = keyof typeof PROBLEM_TYPES
