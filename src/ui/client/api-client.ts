/// <reference lib="dom" />

export interface ApiClient {
  /** Base URL of the API, without a trailing slash ('' for the page's own origin). */
  base: string
  get<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T>
  /** Absolute URL of a path on the API. */
  url(path: string, params?: URLSearchParams): string
}

/** A failed call, with the problem's `detail` when the API sent one. */
export class ApiError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
  }
}

export function createApiClient(base: string): ApiClient {
  const root = base.replace(/\/+$/, '')
  const url = (path: string, params?: URLSearchParams): string => {
    const query = params?.toString() ?? ''
    return `${root}${path}${query === '' ? '' : `?${query}`}`
  }
  return {
    base: root,
    url,
    async get<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
      const response = await fetch(url(path, params), {
        headers: { Accept: 'application/json' },
        credentials: 'omit',
        signal,
      })
      if (!response.ok) {
        let detail = `${response.status} ${response.statusText}`
        try {
          const problem = (await response.json()) as { detail?: unknown; title?: unknown }
          if (typeof problem.detail === 'string') detail = problem.detail
          else if (typeof problem.title === 'string') detail = problem.title
        } catch {
          // Not a problem document: keep the status line.
        }
        throw new ApiError(response.status, detail)
      }
      return (await response.json()) as T
    },
  }
}
