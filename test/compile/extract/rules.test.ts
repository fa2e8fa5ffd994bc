import assert from 'node:assert/strict'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { test } from 'node:test'
import { createSentenceClassifier } from '../../../src/compile/extract/classify-sentence.ts'
import { extractControls } from '../../../src/compile/extract/extract-controls.ts'
import { createProgramFinder } from '../../../src/compile/extract/find-programs.ts'
import { serviceAliases } from '../../../src/compile/extract/party.ts'
import { RULES } from '../../../src/compile/extract/rules/index.ts'
import type { ClassifierRule } from '../../../src/compile/extract/rules/index.ts'
import { parsePage } from '../../../src/compile/parse-page.ts'
import { EXAMPLE_VAULT } from '../../support/create-test-graph.ts'
import { loadTestPrograms } from './load-test-programs.ts'
import { renderRulesReference } from './render-rules-reference.ts'

// Walks the classifier's one table (src/compile/extract/rules/): each rule must decide every
// sentence it lists under `fires` (which proves it fires and is not shadowed by an earlier rule)
// and none under `silent`. Sentences are classified as Example Vault; context and page rules
// give short Markdown pages, run through extractControls with its trace hook.

const programs = loadTestPrograms()
const classifier = createSentenceClassifier({
  serviceNames: serviceAliases(EXAMPLE_VAULT.name, EXAMPLE_VAULT.id),
  programs: createProgramFinder(programs),
})
const service = EXAMPLE_VAULT

/** The rules that decided each statement of an example, in page order. */
function decided(rule: ClassifierRule, text: string): string[] {
  if (rule.phase === 'exclude' || rule.phase === 'signal') return [classifier.classify(text).rule]
  const { page } = parsePage({ file: 'example.md', markdown: text, service: 'vault' })
  const rules: string[] = []
  extractControls(page, { service, programs, trace: (_statement, c) => rules.push(c.rule) })
  return rules
}

const rules = RULES as readonly ClassifierRule[]

test('rule names are unique kebab-case and every rule has examples both ways', () => {
  const names = rules.map((rule) => rule.name)
  assert.deepEqual([...new Set(names)], names, 'duplicate rule names')
  for (const rule of rules) {
    assert.match(rule.name, /^[a-z]+(?:[-+][a-z]+)*$/, rule.name)
    assert.ok(rule.examples.fires.length > 0, `${rule.name} has no example it fires on`)
    assert.ok(rule.examples.silent.length > 0, `${rule.name} has no near miss it stays silent on`)
    assert.ok(rule.explain.length > 10, `${rule.name} explains nothing`)
    assert.ok(rule.pattern || rule.describe, `${rule.name}: a check needs a description`)
  }
})

for (const rule of rules) {
  test(`rule ${rule.name} fires on its examples and stays silent on its near misses`, () => {
    for (const text of rule.examples.fires)
      assert.ok(
        decided(rule, text).includes(rule.name),
        `${rule.name} never fired on: ${text} (decided: ${decided(rule, text).join(', ')})`,
      )
    for (const text of rule.examples.silent)
      assert.ok(
        !decided(rule, text).includes(rule.name),
        `${rule.name} fired on its near miss: ${text}`,
      )
  })
}

test('a traced decision names its rule and the words that triggered it', () => {
  const result = classifier.classify('Vault tokens must be rotated every 90 days.')
  const step = result.trace.at(-1)
  assert.equal(step?.rule, 'must')
  assert.equal(step?.words, 'must')
  assert.match(step?.explain ?? '', /"must" obliges customer/)
})

test('docs/reference/rules.md is current with the rule table (UPDATE=1 rewrites it)', () => {
  const file = new URL('../../../docs/reference/rules.md', import.meta.url)
  const expected = renderRulesReference()
  if (process.env.UPDATE) writeFileSync(file, expected)
  assert.ok(existsSync(file), 'docs/reference/rules.md is missing: run with UPDATE=1')
  assert.equal(
    readFileSync(file, 'utf8'),
    expected,
    'docs/reference/rules.md is stale: run with UPDATE=1',
  )
})
