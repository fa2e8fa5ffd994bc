import type { Owner } from '../../model/control.ts'
import type { ApiClient } from './api-client.ts'
import type { ControlPage } from './api-types.ts'

export interface MatrixRow {
  topic: string
  counts: Record<Owner, number>
  total: number
}

/**
 * Topic × owner counts of the controls matching `params` (which must not filter by owner): one
 * facet request per owner, so the matrix honours every filter the list does (query, kind,
 * program…), which /v1/responsibilities cannot. Rows follow `topicOrder` (document order).
 */
export async function loadMatrix(
  api: ApiClient,
  params: URLSearchParams,
  owners: readonly Owner[],
  topicOrder: readonly string[],
  signal?: AbortSignal,
): Promise<MatrixRow[]> {
  const pages = await Promise.all(
    owners.map((owner) => {
      const query = new URLSearchParams(params)
      query.set('owner', owner)
      query.set('limit', '1')
      query.set('facets', 'true')
      return api.get<ControlPage>('/v1/controls', query, signal)
    }),
  )
  const rows: MatrixRow[] = []
  for (const topic of topicOrder) {
    const counts: Record<Owner, number> = { provider: 0, customer: 0, shared: 0 }
    owners.forEach((owner, i) => {
      counts[owner] = pages[i]?.facets?.topic[topic] ?? 0
    })
    const total = counts.provider + counts.customer + counts.shared
    if (total > 0) rows.push({ topic, counts, total })
  }
  return rows
}
