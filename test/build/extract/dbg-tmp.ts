import { readFileSync } from 'node:fs'
import { extractControls } from '../../../src/build/extract/extract-controls.ts'
import { parsePage } from '../../../src/build/parse-page.ts'
import { loadTestPrograms } from './load-test-programs.ts'
const markdown = readFileSync(process.argv[2] as string, 'utf8')
const { page } = parsePage({ file: 'input.md', markdown, service: 'vault' })
for (const b of page.blocks) console.log(b.node.type, JSON.stringify(b.annotations))
const r = extractControls(page, {
  service: { id: 'vault', name: 'Example Vault', provider: 'AWS', rootTopic: 'x', dir: '.' },
  programs: loadTestPrograms(),
  trace: (s, c) => console.log(' ', c.control, c.rule, c.kind, c.owner, '|', s),
})
console.log(r.controls.map((c) => c.id + ' ' + c.origin))
console.log(r.diagnostics.map((d) => d.code + ' ' + d.line + ':' + d.column))
