// Prints every sentence-level decision of the upstream security chapter, for reading:
// node --import tsx test/build/extract/print-chapter.ts [--all]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import type { Program } from '../../../src/model/program.ts'
import { parsePage } from '../../../src/compile/parse-page.ts'
import { extractControls } from '../../../src/compile/extract/extract-controls.ts'
import { missingPath, projectRoot as root, upstreamGuide } from '../../support/shared-corpus.ts'
import { CHAPTER_PAGES, CHAPTER_SERVICE } from './upstream-chapter.ts'

// CORPUS=shared/corpora/<guide>/doc_source reads another corpus beside the project.
const docs = process.env.CORPUS ? path.resolve(root, '..', process.env.CORPUS) : upstreamGuide
const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const pages = files.length ? files : CHAPTER_PAGES
if (missingPath(docs) !== undefined) {
  console.log(`upstream corpus not found: ${docs}`)
  process.exit(0)
}
const programs = parse(readFileSync(path.join(root, 'content/programs.yml'), 'utf8')) as Program[]
const service = CHAPTER_SERVICE
for (const file of pages) {
  const markdown = readFileSync(path.join(docs, file), 'utf8')
  const { page } = parsePage({ file, markdown, service: 'cloudhsm' })
  console.log(`\n## ${file}`)
  const all = process.argv.includes('--all')
  const result = extractControls(page, {
    service,
    programs,
    trace: (statement, c) => {
      if (all && !c.control) console.log(`  -- ${c.rule.padEnd(12)} ${statement}`)
    },
  })
  for (const c of result.controls) {
    console.log(
      `${c.kind.padEnd(14)} ${c.owner.padEnd(8)} ${c.confidence.toFixed(2)} ${c.source.line}:${c.source.column} [${c.programs.join(',')}] ${c.statement}`,
    )
  }
  for (const a of result.attestations)
    console.log(`  ATTEST ${a.id} level=${a.level} cert=${a.certificate} since=${a.since}`)
  for (const d of result.diagnostics) console.log(`  DIAG ${d.code} ${d.message}`)
}
