import assert from 'node:assert/strict'
import type { ValidateFunction } from 'ajv'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { Response } from 'supertest'
import { createAjv, OPENAPI_SCHEMA_ID } from '../../../src/api/create-ajv.ts'
import { loadOpenApiDocument } from '../../../src/api/load-openapi-document.ts'

type Json = Record<string, unknown>

export interface DocumentedOperation {
  path: string
  method: string
  statuses: string[]
}

/** Validates responses against the OpenAPI document and records which path/method/status were seen. */
export interface ContractChecker {
  document: OpenAPIV3_1.Document
  operations: DocumentedOperation[]
  /** Asserts the response is documented for its path, method and status and its body matches the schema. */
  check(method: string, url: string, response: Response): void
  /** `GET /v1/controls 200`-style keys of every checked documented response. */
  seen: Set<string>
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

function matcher(template: string): RegExp {
  const pattern = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+')
  return new RegExp(`^${pattern}$`)
}

export function createContractChecker(): ContractChecker {
  const document = loadOpenApiDocument()
  const ajv = createAjv(document)
  const paths = Object.keys(document.paths ?? {})
  const operations: DocumentedOperation[] = []
  for (const path of paths) {
    const item = (document.paths as Json)[path] as Json
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']) {
      const operation = item[method] as Json | undefined
      if (operation) {
        operations.push({ path, method, statuses: Object.keys(operation.responses as Json) })
      }
    }
  }
  const matchers = paths.map((path) => ({ path, regex: matcher(path) }))
  const validators = new Map<string, ValidateFunction>()
  const schemaFor = (pointer: string): ValidateFunction => {
    let validate = validators.get(pointer)
    if (!validate) {
      validate = ajv.compile({ $ref: `${OPENAPI_SCHEMA_ID}#${pointer}` })
      validators.set(pointer, validate)
    }
    return validate
  }
  const problem = schemaFor('/components/schemas/Problem')
  const seen = new Set<string>()

  const assertProblem = (response: Response, status: number) => {
    assert.equal(response.status, status, response.text)
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/)
    assert.ok(problem(response.body), JSON.stringify(problem.errors))
  }

  return {
    document,
    operations,
    seen,
    check(method, url, response) {
      const lower = method.toLowerCase()
      // Not `new URL()`: it would resolve dot segments the server never sees resolved.
      const pathname = url.split('?')[0] as string
      const found = matchers.find((m) => m.regex.test(pathname))
      if (!found) {
        if (lower === 'head') return assert.equal(response.status, 404)
        return assertProblem(response, 404)
      }
      // HEAD mirrors GET without a body.
      const documentedMethod = lower === 'head' ? 'get' : lower
      const item = (document.paths as Json)[found.path] as Json
      const operation = item[documentedMethod] as Json | undefined
      if (!operation) {
        if (lower === 'options') return
        return assertProblem(response, 405)
      }
      const status = String(response.status)
      const responses = operation.responses as Json
      assert.ok(
        status in responses,
        `${method.toUpperCase()} ${found.path} answered ${status}, which is not documented`,
      )
      seen.add(`${documentedMethod.toUpperCase()} ${found.path} ${status}`)
      let pointer = `/paths/${escapePointer(found.path)}/${documentedMethod}/responses/${status}`
      let documented = responses[status] as Json
      if (typeof documented.$ref === 'string') {
        pointer = documented.$ref.slice(1)
        const [, group, name] = pointer.split('/').slice(1)
        documented = ((document.components as Json)[group as string] as Json)[
          name as string
        ] as Json
      }
      const content = documented.content as Json | undefined
      if (!content || lower === 'head') {
        assert.equal(response.text ?? '', '', 'no body expected')
        return
      }
      const type = String(response.headers['content-type']).split(';')[0] as string
      assert.ok(type in content, `${type} is not documented for ${found.path} ${status}`)
      const validate = schemaFor(`${pointer}/content/${escapePointer(type)}/schema`)
      // Only JSON bodies are parsed; text representations (CSV, Markdown, Atom) are checked as text.
      const body: unknown = /[/+]json$/.test(type) ? response.body : response.text
      assert.ok(
        validate(body),
        `${method} ${url} ${status}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`,
      )
    },
  }
}
