import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { parse } from 'csv-parse/sync'
import {
  checklistScope,
  createChecklist,
  createOscalCatalog,
  createResponsibilityMatrix,
  renderChecklist,
  renderMatrix,
} from '../../src/checklist/index.ts'
import type { Checklist } from '../../src/checklist/index.ts'
import { RELATIVE_SOURCES_NOTE } from '../../src/checklist/source-href.ts'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Graph } from '../../src/model/graph.ts'
import { oscalSchemaFile, skipUnless } from '../support/shared-corpus.ts'
import { validateOscal } from './support/oscal-validator.ts'
import { contentRoot } from './support/paths.ts'

/** content/cloudhsm/service.yml publishes its pages here; content/kms sets no sourceUrl. */
const PUBLISHED = 'https://docs.aws.amazon.com/cloudhsm/latest/userguide/'
const BASE = 'https://git.example.com/secgraph/blob/main/content'

interface OscalLinkJson {
  href: string
  rel?: string
}

/** Every `rel: source` href anywhere in an OSCAL document. */
function sourceHrefs(document: unknown): string[] {
  const found: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>
      if (Array.isArray(object.links))
        for (const link of object.links as OscalLinkJson[])
          if (link.rel === 'source') found.push(link.href)
      Object.values(object).forEach(walk)
    }
  }
  walk(document)
  return found
}

describe('source links through service.yml sourceUrl (content/)', () => {
  let graph: Graph
  let cloudhsm: Checklist
  before(async () => {
    graph = await buildGraph({ content: contentRoot })
    const scope = checklistScope(graph, { service: ['cloudhsm'] })
    assert.ok(scope.ok)
    cloudhsm = createChecklist(graph, scope.scope, { generatedAt: graph.builtAt })
  })

  const items = (c: Checklist) => [...c.inherited, ...c.actions.flatMap((g) => g.items)]

  test('each item links to its published page and the anchor of its heading', () => {
    assert.ok(items(cloudhsm).length > 0)
    for (const item of items(cloudhsm)) {
      const page = item.source.file.replace(/^cloudhsm\//, '').replace(/\.md$/, '')
      assert.ok(item.url?.startsWith(`${PUBLISHED}${page}.html`), `${item.url} for ${page}`)
    }
    const sectioned = cloudhsm.actions.flatMap((g) => g.items).find((i) => i.section !== null)
    assert.ok(sectioned)
    const section = graph.sections.find((s) => s.id === sectioned.section)
    assert.ok(section && !section.pseudo)
    assert.ok(sectioned.url?.endsWith(`.html#${section.anchor}`), sectioned.url ?? '')
  })

  test('Markdown and CSV carry the absolute links; nothing says they are relative', () => {
    const markdown = renderChecklist(cloudhsm, 'markdown').body
    const linked = markdown.match(/\]\(https:\/\/docs\.aws\.amazon\.com\/cloudhsm\/[^)]+\)/g) ?? []
    assert.equal(linked.length, items(cloudhsm).length)
    assert.ok(!markdown.includes(RELATIVE_SOURCES_NOTE))
    const rows = parse(renderChecklist(cloudhsm, 'csv').body, { columns: true }) as Record<
      string,
      string
    >[]
    assert.deepEqual(
      rows.map((r) => r.source_url),
      items(cloudhsm).map((i) => i.url),
    )
  })

  test('OSCAL component definition and catalog link every source absolutely', () => {
    const definition = JSON.parse(renderChecklist(cloudhsm, 'oscal').body) as {
      'component-definition': { metadata: { remarks?: string } }
    }
    const hrefs = sourceHrefs(definition)
    assert.equal(hrefs.length, items(cloudhsm).length - duplicates(cloudhsm))
    assert.ok(
      hrefs.every((h) => h.startsWith(PUBLISHED)),
      hrefs.join('\n'),
    )
    assert.equal(definition['component-definition'].metadata.remarks, undefined)
    const catalog = createOscalCatalog(graph, { services: ['cloudhsm'] })
    assert.ok(sourceHrefs(catalog).every((h) => h.startsWith(PUBLISHED)))
  })

  test('without sourceUrl or --source-base the export says its links are relative', () => {
    const scope = checklistScope(graph, { service: ['kms'] })
    assert.ok(scope.ok)
    const kms = createChecklist(graph, scope.scope, { generatedAt: graph.builtAt })
    assert.ok(items(kms).every((i) => i.url === null))
    assert.ok(renderChecklist(kms, 'markdown').body.includes(RELATIVE_SOURCES_NOTE))
    const oscal = JSON.parse(renderChecklist(kms, 'oscal').body)
    assert.equal(oscal['component-definition'].metadata.remarks, RELATIVE_SOURCES_NOTE)
    // With a base URL the content files are linked instead, and the note goes.
    const based = renderChecklist(kms, 'markdown', { sourceBaseUrl: BASE }).body
    assert.ok(!based.includes(RELATIVE_SOURCES_NOTE))
    assert.match(based, /\]\(https:\/\/git\.example\.com\/secgraph\/blob\/main\/content\/kms\//)
    const csv = parse(renderChecklist(kms, 'csv', { sourceBaseUrl: BASE }).body, {
      columns: true,
    }) as Record<string, string>[]
    assert.ok(csv.every((r) => r.source_url?.startsWith(`${BASE}/kms/`)))
  })

  test('the matrix of both services: published links for CloudHSM, a note for KMS', () => {
    const matrix = createResponsibilityMatrix(graph, {
      baseline: 'fedramp-moderate',
      services: ['cloudhsm', 'kms'],
      topics: [],
    })
    const statements = matrix.rows.flatMap((r) => [...r.provider, ...r.customer, ...r.shared])
    assert.ok(
      statements.filter((s) => s.service === 'cloudhsm').every((s) => s.url?.startsWith(PUBLISHED)),
    )
    assert.ok(statements.filter((s) => s.service === 'kms').every((s) => s.url === null))
    const markdown = renderMatrix(matrix, 'markdown').body
    assert.match(markdown, /\[`cloudhsm\/[^`]+`\]\(https:\/\/docs\.aws\.amazon\.com\/cloudhsm\//)
    assert.ok(markdown.includes(RELATIVE_SOURCES_NOTE))
  })

  test(
    "OSCAL with published links still validates against NIST's OSCAL 1.1.3 schema",
    skipUnless(oscalSchemaFile),
    () => {
      const matrix = createResponsibilityMatrix(graph, {
        baseline: 'fedramp-moderate',
        services: ['cloudhsm'],
        topics: [],
      })
      const document = JSON.parse(renderMatrix(matrix, 'oscal').body)
      assert.ok(sourceHrefs(document).every((h) => h.startsWith(PUBLISHED)))
      assert.deepEqual(validateOscal(document), [])
      assert.deepEqual(validateOscal(JSON.parse(renderChecklist(cloudhsm, 'oscal').body)), [])
      assert.deepEqual(validateOscal(createOscalCatalog(graph, { services: ['cloudhsm'] })), [])
    },
  )
})

/** Items that repeat a control (several attestations in one statement) share one OSCAL entry. */
function duplicates(checklist: Checklist): number {
  const controls = checklist.inherited.map((i) => i.control)
  return controls.length - new Set(controls).size
}
