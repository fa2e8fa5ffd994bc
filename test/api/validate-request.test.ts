import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createAjv } from '../../src/api/create-ajv.ts'
import { encodeCursor } from '../../src/support/cursor.ts'
import { loadOpenApiDocument } from '../../src/api/load-openapi-document.ts'
import { canonicalQuery, createRequestValidator } from '../../src/api/validate-request.ts'

const document = loadOpenApiDocument()
const ajv = createAjv(document)
const controls = createRequestValidator(ajv, document, '/v1/controls')
const search = createRequestValidator(ajv, document, '/v1/search')

describe('createRequestValidator', () => {
  it('applies the documented defaults', () => {
    const { request, issues } = controls('', {})
    assert.deepEqual(issues, [])
    assert.deepEqual(request.query, { limit: 20, facets: false })
  })

  it('coerces integers and booleans, splits and de-duplicates arrays', () => {
    const { request, issues } = controls(
      'limit=5&facets=true&owner=customer,shared&owner=customer&kind=+guarantee+',
      {},
    )
    assert.deepEqual(issues, [])
    assert.deepEqual(request.query, {
      limit: 5,
      facets: true,
      owner: ['customer', 'shared'],
      kind: ['guarantee'],
    })
  })

  it('treats an empty array parameter as absent', () => {
    assert.deepEqual(controls('owner=&topic=,', {}).request.query, { limit: 20, facets: false })
  })

  it('reports every invalid parameter (and every bad value) with where it is and why', () => {
    const { issues } = controls(
      'owner=a,b&limit=0&nope=1&__proto__=x&constructor=y&sort=up&sort=down&origin=' +
        'x'.repeat(201),
      {},
    )
    assert.deepEqual(issues.map((i) => [i.name, i.in]).sort(), [
      ['__proto__', 'query'],
      ['constructor', 'query'],
      ['limit', 'query'],
      ['nope', 'query'],
      ['origin', 'query'],
      ['sort', 'query'],
      ['sort', 'query'],
    ])
    // Scope values are shape-checked here and matched against the graph by resolveScope.
    assert.ok(issues.every((i) => i.name !== 'owner'))
    assert.ok(issues.some((i) => i.name === 'sort' && i.reason === 'must be given at most once'))
    assert.ok(issues.some((i) => i.name === 'limit' && i.reason === 'must be >= 1'))
  })

  it('checks cursors are well-formed through the document format', () => {
    const good = encodeCursor({ offset: 20, fingerprint: 'abcdef' })
    assert.deepEqual(controls(`cursor=${good}`, {}).issues, [])
    assert.equal(controls('cursor=%%%', {}).issues[0]?.reason, 'is not a cursor issued by this API')
  })

  it('enforces required parameters and lengths', () => {
    assert.deepEqual(search('', {}).issues, [{ name: 'q', in: 'query', reason: 'is required' }])
    assert.equal(search('q=', {}).issues[0]?.reason, 'must be at least 1 character long')
    assert.deepEqual(search(`q=${'x'.repeat(200)}`, {}).issues, [])
    assert.equal(
      search(`q=${'x'.repeat(201)}`, {}).issues[0]?.reason,
      'must be at most 200 characters long',
    )
  })

  it('refuses operations the document does not have', () => {
    assert.throws(
      () => createRequestValidator(ajv, document, '/v1/nothing'),
      /not in the OpenAPI document/,
    )
  })
})

describe('canonicalQuery', () => {
  it('sorts names and OR-set values so equivalent queries are equal', () => {
    assert.equal(
      canonicalQuery({ owner: ['shared', 'customer'], limit: 5, q: 'a b&c' }),
      canonicalQuery({ q: 'a b&c', limit: 5, owner: ['customer', 'shared'] }),
    )
    assert.equal(canonicalQuery({ q: 'a&b', limit: 5 }, ['limit']), 'q=a%26b')
  })
})
