import assert from 'node:assert/strict'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { DIAGNOSTICS } from '../../src/compile/diagnostics.ts'
import { PROBLEM_TYPES } from '../../src/api/problem-types.ts'
import { headingAnchors, parseDoc, projectRoot } from './support/doc-files.ts'
import { renderDiagnosticsReference, renderProblemsReference } from './support/render-reference.ts'

const pages = [
  { file: 'docs/reference/diagnostics.md', render: renderDiagnosticsReference },
  { file: 'docs/reference/problems.md', render: renderProblemsReference },
]

for (const { file, render } of pages) {
  test(`${file} is current with its catalog (UPDATE=1 rewrites it)`, () => {
    const path = join(projectRoot, file)
    const expected = render()
    if (process.env.UPDATE) writeFileSync(path, expected)
    assert.ok(existsSync(path), `${file} is missing: run with UPDATE=1`)
    assert.equal(readFileSync(path, 'utf8'), expected, `${file} is stale: run with UPDATE=1`)
  })
}

test('each diagnostic code and each problem type has its own anchor', () => {
  const diagnostics = headingAnchors(parseDoc('docs/reference/diagnostics.md'))
  for (const code of Object.keys(DIAGNOSTICS)) assert.ok(diagnostics.has(code), code)
  const problems = headingAnchors(parseDoc('docs/reference/problems.md'))
  for (const { type } of Object.values(PROBLEM_TYPES))
    assert.ok(problems.has(type.replace('https://secgraph.dev/problems/', '')), type)
})

test('every catalog entry says when it happens, in whole sentences', () => {
  for (const [code, spec] of Object.entries(DIAGNOSTICS))
    assert.match(spec.description, /^\S.{20,}\.$/s, code)
  for (const [name, problem] of Object.entries(PROBLEM_TYPES))
    assert.match(problem.when, /^\S.{20,}\.$/s, name)
})
