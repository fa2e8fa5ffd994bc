import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { extractControls } from '../../../src/compile/extract/extract-controls.ts'
import { parsePage } from '../../../src/compile/parse-page.ts'
import { EXAMPLE_VAULT } from '../../support/create-test-graph.ts'
import { loadTestPrograms } from './load-test-programs.ts'

const service = EXAMPLE_VAULT
const programs = loadTestPrograms()

// Markdown-ish text built from pieces that exercise every handler and rule family.
const piece = fc.constantFrom(
  '# Title\n',
  '## PCI DSS\n',
  '**SOC 2**  \n',
  'You must rotate keys. ',
  'We recommend MFA\\. ',
  'AWS encrypts data, and you must sign requests. ',
  'The service is FIPS 140-2 Level 3 certified (Certificate #12). ',
  'For more information, see [x](y.md). ',
  '+ Use TLS 1.2.\n',
  '  + Never share keys.\n',
  '1. Do this:\n',
  '> You should log.\n',
  '```\ncode: must\n```\n',
  '<!-- secgraph: skip -->\n',
  '<!-- secgraph: control id=x -->',
  '<!-- secgraph: owner=nope -->\n',
  '| a | b |\n| --- | --- |\n',
  '\n',
  '\n\n',
  ' ',
  ':',
  '\\*',
  '&amp;',
  'e.g. ',
)

test('extraction never throws and every source points into the page', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 30 }),
      (parts) => {
        const markdown = parts.join('')
        const { page } = parsePage({ file: 'p.md', markdown, service: service.id })
        for (const markdownOption of [undefined, markdown]) {
          const result = extractControls(page, { service, programs, markdown: markdownOption })
          const lines = markdown.split('\n')
          for (const control of result.controls) {
            assert.ok(control.statement.trim().length > 0)
            assert.ok(
              control.source.line >= 1 && control.source.line <= lines.length,
              'line in range',
            )
            assert.ok(control.source.column >= 1, 'column positive')
            assert.ok(control.confidence > 0 && control.confidence <= 1)
            assert.match(control.id, /^vault\.[a-z0-9.-]+$/)
          }
          const ids = result.controls.map((control) => control.id)
          // Pinned ids may repeat (the build reports duplicate-id); inferred ones never do.
          const inferred = result.controls.filter((c) => c.origin === 'inferred').map((c) => c.id)
          assert.equal(new Set(inferred).size, inferred.length, 'inferred ids unique within a page')
          for (const attestation of result.attestations)
            assert.ok(ids.includes(attestation.control))
        }
      },
    ),
    { numRuns: 400, seed: 7 },
  )
})
