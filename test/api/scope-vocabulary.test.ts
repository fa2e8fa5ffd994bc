import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadOpenApiDocument } from '../../src/api/load-openapi-document.ts'
import { SCOPE_PARAMETERS } from '../../src/scope/index.ts'
import type { ScopeParameter } from '../../src/scope/index.ts'
import { client } from './support/client.ts'
import { createTestApp } from './support/create-test-app.ts'
import { makeChangeFeed } from './support/make-change-feed.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

/**
 * Every route that takes a scope parameter answers the same way: the canonical value, its other
 * spellings (names, aliases, any case) and an unknown value. The routes come from the OpenAPI
 * document, so a new route with a scope parameter is covered without editing this file.
 */
interface Spellings {
  canonical: string
  /** Other spellings that must give exactly the canonical answer. */
  same: string[]
  unknown: string
}

const SPELLINGS: Record<ScopeParameter, Spellings> = {
  service: {
    canonical: 'vault',
    same: ['VAULT', 'Example Vault', 'example  VAULT'],
    unknown: 'nope',
  },
  program: { canonical: 'pci-dss', same: ['PCI DSS', 'PCI-DSS', 'pci dss'], unknown: 'iso-9999' },
  owner: { canonical: 'customer', same: ['Customer', 'CUSTOMER'], unknown: 'everyone' },
  kind: { canonical: 'requirement', same: ['Requirement'], unknown: 'wish' },
  origin: { canonical: 'inferred', same: ['Inferred'], unknown: 'guessed' },
  topic: {
    canonical: 'vault.data-protection',
    same: ['Vault.Data-Protection', 'data-protection'],
    unknown: 'nowhere',
  },
  requirement: {
    canonical: 'nist-800-53-r5:sc-28',
    same: ['SC-28', 'sc-28', 'NIST-800-53-R5:SC-28'],
    unknown: 'ZZ-99',
  },
  baseline: {
    canonical: 'fedramp-moderate',
    same: ['FedRAMP Moderate', 'FEDRAMP-MODERATE'],
    // A program, but not a baseline: it selects no requirements.
    unknown: 'pci-dss',
  },
  catalog: { canonical: 'nist-800-53-r5', same: ['NIST-800-53-R5'], unknown: 'iso-27001' },
  family: { canonical: 'sc', same: ['SC'], unknown: 'zz' },
  // A boolean, not an id: only its two words (the document says boolean; `yes` is refused).
  general: { canonical: 'false', same: [], unknown: 'yes' },
}

/** What a route needs besides the parameter under test (the checklist needs a service). */
const BASE: Record<string, string> = { '/v1/checklists': 'service=vault' }

type Json = Record<string, unknown>
const document = loadOpenApiDocument() as unknown as Json

function scopeParametersOf(path: string): ScopeParameter[] {
  const operation = ((document.paths as Json)[path] as Json).get as Json
  const names = ((operation.parameters ?? []) as Json[]).map((p) => {
    const ref = p.$ref as string | undefined
    const parameter = ref
      ? ((document.components as Json).parameters as Json)[ref.split('/').pop() as string]
      : p
    return (parameter as Json).name as string
  })
  return SCOPE_PARAMETERS.filter((name) => names.includes(name))
}

const routes = Object.keys(document.paths as Json)
  .map((path) => ({ path, parameters: scopeParametersOf(path) }))
  .filter((r) => r.parameters.length > 0)

const graph = createTestGraph({ example: 'vault', mapped: true })
const api = client(createTestApp({ graph, changes: makeChangeFeed() }))

function url(path: string, name: string, value: string): string {
  const query = [BASE[path], `${name}=${encodeURIComponent(value)}`].filter(Boolean).join('&')
  return `${path}?${query}`
}

describe('one scope vocabulary on every route', () => {
  it('covers every route that takes scope parameters', () => {
    assert.deepEqual(
      routes.map((r) => r.path),
      [
        '/v1/topics',
        '/v1/controls',
        '/v1/requirements',
        '/v1/responsibilities',
        '/v1/graph',
        '/v1/checklists',
        '/v1/export/oscal/catalog',
        '/v1/export/oscal/component-definition',
        '/v1/changes',
        '/v1/changes.atom',
      ],
    )
  })

  for (const { path, parameters } of routes) {
    for (const name of parameters) {
      const { canonical, same, unknown } = SPELLINGS[name]
      it(`${path} ${name}: other spellings answer as ${canonical}, ${unknown} is a 400 naming the valid values`, async () => {
        const want = await api.get(url(path, name, canonical))
        assert.equal(want.status, 200, want.text)
        for (const spelling of same) {
          const got = await api.get(url(path, name, spelling))
          assert.equal(got.status, 200, `${spelling}: ${got.text}`)
          assert.equal(got.text, want.text, spelling)
          assert.equal(got.headers.etag, want.headers.etag, spelling)
        }
        const bad = await api.get(url(path, name, unknown))
        assert.equal(bad.status, 400)
        assert.match(String(bad.headers['content-type']), /^application\/problem\+json/)
        assert.equal(bad.body.type, 'https://secgraph.dev/problems/invalid-parameters')
        const [param, ...rest] = bad.body['invalid-params'] as {
          name: string
          invalid: string[]
          valid: string[]
          reason: string
        }[]
        assert.deepEqual(rest, [])
        assert.equal(param?.name, name)
        assert.deepEqual(param?.invalid, [unknown])
        assert.ok(param?.valid.includes(canonical), `${canonical} in ${param?.valid.join(',')}`)
        assert.ok(param?.reason.includes(`valid: `), param?.reason)
      })
    }
  }

  it('shape and vocabulary errors come in one 400', async () => {
    const res = await api.get('/v1/controls?owner=Everyone&limit=1000')
    assert.equal(res.status, 400)
    assert.deepEqual(
      res.body['invalid-params'].map((p: { name: string }) => p.name),
      ['limit', 'owner'],
    )
  })

  it('the issue as reported: owner=Shared and program=PCI DSS answer alike on controls and checklists', async () => {
    const controls = await api.get('/v1/controls?owner=Shared&program=PCI%20DSS&limit=100')
    assert.equal(controls.status, 200)
    const expected = graph.controls.filter(
      (c) => c.owner === 'shared' && c.programs.includes('pci-dss'),
    )
    assert.ok(expected.length > 0)
    assert.equal(controls.body.total, expected.length)
    const checklist = await api.get('/v1/checklists?service=vault&owner=Shared&program=PCI%20DSS')
    assert.equal(checklist.status, 200)
    assert.deepEqual(checklist.body.header.scope.owners, ['shared'])
    assert.deepEqual(checklist.body.header.scope.programs, ['pci-dss'])
  })
})
