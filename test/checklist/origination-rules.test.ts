import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ORIGINATION_RULES, originationOf } from '../../src/checklist/matrix/origination-rules.ts'
import type { RowFacts } from '../../src/checklist/matrix/origination-rules.ts'
import type { MatrixStatement } from '../../src/checklist/matrix/responsibility-matrix.ts'
import { ORIGINATIONS } from '../../src/checklist/matrix/responsibility-matrix.ts'

function statement(
  owner: MatrixStatement['owner'],
  kind: MatrixStatement['kind'],
  relation: MatrixStatement['relation'] = 'implements',
): MatrixStatement {
  return {
    control: `${owner}-${kind}-${relation}`,
    service: 'keystore',
    statement: 'A statement.',
    kind,
    owner,
    relation,
    confidence: 0.8,
    url: null,
    source: { file: 'keystore/page.md', line: 1, column: 1, headingPath: [] },
  }
}

const facts = (...statements: MatrixStatement[]): RowFacts => ({
  provider: statements.filter((s) => s.owner === 'provider'),
  customer: statements.filter((s) => s.owner === 'customer'),
  shared: statements.filter((s) => s.owner === 'shared'),
})

/** For each origination, statements that must decide it (the first rule that fits wins). */
const EXAMPLES: [string, RowFacts][] = [
  ['not-addressed', facts()],
  ['shared', facts(statement('shared', 'requirement'))],
  ['shared', facts(statement('provider', 'guarantee'), statement('customer', 'requirement'))],
  ['inherited', facts(statement('provider', 'guarantee', 'evidence'))],
  ['service-provider', facts(statement('provider', 'guarantee'))],
  [
    'service-provider',
    facts(statement('provider', 'capability'), statement('provider', 'guarantee', 'evidence')),
  ],
  [
    'customer-configured',
    facts(statement('provider', 'capability'), statement('customer', 'recommendation')),
  ],
  [
    'customer-configured',
    facts(statement('customer', 'capability'), statement('customer', 'requirement')),
  ],
  ['customer-provided', facts(statement('customer', 'requirement'))],
]

test('every origination has a rule, and each example is decided by its own', () => {
  assert.deepEqual(ORIGINATION_RULES.map((r) => r.origination).sort(), [...ORIGINATIONS].sort())
  for (const [want, given] of EXAMPLES) assert.equal(originationOf(given).origination, want)
  for (const origination of ORIGINATIONS) {
    assert.ok(
      EXAMPLES.some(([want]) => want === origination),
      `no example for ${origination}`,
    )
  }
})
