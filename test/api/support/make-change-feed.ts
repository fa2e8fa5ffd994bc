import type { ChangeFeed } from '../../../src/diff/index.ts'
import { createChangeFeed } from '../../../src/diff/index.ts'
import type { Control, Graph } from '../../../src/model/index.ts'
import { createTestGraph } from '../../support/create-test-graph.ts'

/**
 * The fixture graph as it was "before": the vault audit-log control did not exist yet (added),
 * a queue duty existed that is gone now (removed), the shared certificates control was the
 * customer's (owner modified) and the queue encryption guarantee named PCI DSS only (programs
 * modified).
 */
export function makeBaselineGraph(): Graph {
  const graph = createTestGraph({ example: 'vault' })
  const removed: Control = {
    ...(graph.controls.find((c) => c.id === 'queue.security.restrict-access-jjj000') as Control),
    id: 'queue.security.rotate-credentials-zzz000',
    statement: 'Rotate the credentials of queue consumers every ninety days.',
    source: { file: 'queue/security.md', line: 11, column: 1, headingPath: ['Page'] },
  }
  graph.controls = [
    ...graph.controls
      .filter((c) => c.id !== 'vault.logging.enable-audit-logs-hhh888')
      .map((c) => {
        if (c.id === 'vault.data-protection.encryption-transit.shared-certs-eee555') {
          return { ...c, owner: 'customer' as const }
        }
        if (c.id === 'queue.security.messages-encrypted-iii999')
          return { ...c, programs: ['pci-dss'] }
        return c
      }),
    removed,
  ]
  graph.contentHash = 'sha256:' + 'cd'.repeat(32)
  graph.builtAt = '2026-11-01T12:00:00.000Z'
  return graph
}

/** A change feed from the baseline above to the fixture graph. */
export function makeChangeFeed(current: Graph = createTestGraph({ example: 'vault' })): ChangeFeed {
  return createChangeFeed(makeBaselineGraph(), current)
}
