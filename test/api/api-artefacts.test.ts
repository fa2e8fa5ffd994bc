import assert from 'node:assert/strict'
import { appendFile, copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { apiArtefactsDir } from '../../src/api/api-artefacts.ts'
import {
  findOpenApiFile,
  loadOpenApiDocument,
  openApiSourceOf,
} from '../../src/api/load-openapi-document.ts'
import { requestValidatorsFor } from '../../src/api/request-validators.ts'
import { writeApiArtefacts } from '../../src/api/write-api-artefacts.ts'

/** Requests whose outcome (values and issues) both validator origins must agree on. */
const CASES: [string, string, Record<string, string>][] = [
  ['/v1/controls', '', {}],
  ['/v1/controls', 'owner=customer,provider&limit=5', {}],
  ['/v1/controls', 'owner=nobody&limit=x&bogus=1', {}],
  ['/v1/controls', 'cursor=not-a-cursor', {}],
  ['/v1/controls', 'limit=1&limit=2', {}],
  ['/v1/search', 'q=keys&type=control', {}],
  ['/v1/search', '', {}],
  ['/v1/controls/{controlId}', '', { controlId: 'vault/keys/0001' }],
]

describe('build-time API artefacts (OpenAPI JSON, standalone validators)', () => {
  let dir: string
  let yaml: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'secgraph-artefacts-'))
    yaml = join(dir, 'openapi', 'openapi.yaml')
    await mkdir(join(dir, 'openapi'))
    await copyFile(findOpenApiFile(), yaml)
  })
  after(() => rm(dir, { recursive: true, force: true }))

  it('without artefacts: parses the YAML and compiles the validators at start', () => {
    const document = loadOpenApiDocument(yaml)
    assert.equal(openApiSourceOf(document)?.from, 'yaml')
    assert.equal(requestValidatorsFor(document).precompiled, false)
  })

  it('with current artefacts: reads the JSON and uses the standalone code, same answers', async () => {
    const report = await writeApiArtefacts(yaml, apiArtefactsDir(yaml))
    assert.ok(report.operations >= 10)
    const built = loadOpenApiDocument(yaml)
    const parsed = loadOpenApiDocument(yaml, { artefacts: null })
    assert.equal(openApiSourceOf(built)?.from, 'artefact')
    assert.deepEqual(built, parsed)
    const fast = requestValidatorsFor(built)
    const slow = requestValidatorsFor(parsed)
    assert.equal(fast.precompiled, true)
    assert.equal(slow.precompiled, false)
    for (const [path, search, params] of CASES) {
      assert.deepEqual(fast(path)(search, params), slow(path)(search, params), `${path}?${search}`)
    }
    assert.deepEqual(
      fast('/v1/controls')('cursor=not-a-cursor', {}).issues.map((i) => i.reason),
      ['is not a cursor issued by this API'],
    )
  })

  it('with stale artefacts (the YAML changed since the build): falls back to the YAML', async () => {
    await writeApiArtefacts(yaml, apiArtefactsDir(yaml))
    await appendFile(yaml, '\n# edited after the build\n')
    const document = loadOpenApiDocument(yaml)
    assert.equal(openApiSourceOf(document)?.from, 'yaml')
    assert.equal(requestValidatorsFor(document).precompiled, false)
    assert.deepEqual(
      requestValidatorsFor(document)('/v1/controls')('limit=abc', {}).issues.length,
      1,
    )
  })
})
