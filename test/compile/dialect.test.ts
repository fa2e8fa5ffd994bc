import { toString } from 'mdast-util-to-string'
import { extractControls } from '../../src/compile/extract/extract-controls.ts'
import { parsePage } from '../../src/compile/parse-page.ts'
import { EXAMPLE_VAULT } from '../support/create-test-graph.ts'
import { runFixtures } from '../support/fixtures.ts'
import { loadTestPrograms } from './extract/load-test-programs.ts'

// One case per dialect feature (front matter, alerts, directives, includes, label paragraphs,
// responsibility fields and matrices, link lines): what the page keeps as content, and the
// controls made of it with their owner and origin, so that a metadata line turning into a
// control, or a label staying in a statement, fails here.
const fixtures = new URL('../fixtures/compile/dialect/', import.meta.url)
const programs = loadTestPrograms()
const service = EXAMPLE_VAULT

runFixtures(fixtures, 'dialect fixture', ({ read }) => {
  const markdown = read()
  const { page, diagnostics } = parsePage({ file: 'input.md', markdown, service: service.id })
  const result = extractControls(page, { service, programs, markdown })
  return {
    title: page.title,
    blocks: page.blocks.map((block) => ({
      at: `${block.node.position?.start.line}:${block.node.position?.start.column}`,
      text: toString(block.node).replace(/\s+/g, ' ').trim(),
      ...(block.annotations.length ? { annotations: block.annotations } : {}),
    })),
    links: page.links.map((link) => `${link.source.line}:${link.source.column} ${link.href}`),
    controls: result.controls.map((c) => ({
      statement: c.statement,
      owner: c.owner,
      origin: c.origin,
      at: `${c.source.line}:${c.source.column}`,
    })),
    diagnostics: [...diagnostics, ...result.diagnostics].map(
      (d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`,
    ),
  }
})
