import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadOpenApiDocument } from '../../src/api/load-openapi-document.ts'
import { requestValidatorsFor } from '../../src/api/request-validators.ts'

describe('requestValidatorsFor', () => {
  const document = loadOpenApiDocument()

  it('compiles each operation once per document, shared by every app (reloads)', () => {
    const first = requestValidatorsFor(document)('/v1/controls')
    const again = requestValidatorsFor(document)('/v1/controls')
    assert.equal(again, first)
    const other = requestValidatorsFor(structuredClone(document))('/v1/controls')
    assert.notEqual(other, first)
  })

  it('shared validators still validate each call on its own', () => {
    const validate = requestValidatorsFor(document)('/v1/controls')
    assert.deepEqual(
      validate('limit=0', {}).issues.map((i) => i.name),
      ['limit'],
    )
    const { request, issues } = validate('owner=customer', {})
    assert.deepEqual(issues, [])
    assert.deepEqual(request.query.owner, ['customer'])
    assert.equal(request.query.limit, 20)
  })

  it('refuses a path the document does not have', () => {
    assert.throws(
      () => requestValidatorsFor(document)('/v1/nowhere'),
      /not in the OpenAPI document/,
    )
  })
})
