import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { loadOpenApiDocument } from '../../src/api/load-openapi-document.ts'
import { requestValidatorsFor } from '../../src/api/request-validators.ts'
import type { QueryValues } from '../../src/api/validate-request.ts'
import { canonicalQuery, omitParameters } from '../../src/api/validate-request.ts'

const name = fc.oneof(
  fc.constantFrom('cursor', 'limit', 'facets', 'q', 'owner', 'a=b', 'x&y', 'é'),
  fc.string({ maxLength: 6 }),
)
const value = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
)
const query = fc.dictionary(name, value, { maxKeys: 6 }) as fc.Arbitrary<QueryValues>

describe('canonical query text, computed once per request', () => {
  it('omitParameters(canonical, names) equals canonicalQuery(query, names)', () => {
    fc.assert(
      fc.property(query, fc.subarray(['cursor', 'limit', 'facets', 'q', 'a=b']), (q, omit) => {
        assert.equal(omitParameters(canonicalQuery(q), omit), canonicalQuery(q, omit))
      }),
      { numRuns: 500 },
    )
  })

  it('validated requests carry it', () => {
    const validate = requestValidatorsFor(loadOpenApiDocument())('/v1/controls')
    const { request } = validate('owner=shared,customer&q=key%20backup&limit=5', {})
    assert.equal(request.canonical, canonicalQuery(request.query))
    assert.equal(request.canonical, 'facets=false&limit=5&owner=customer,shared&q=key%20backup')
  })
})
