import assert from 'node:assert/strict'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import type { Checklist } from '../../../src/checklist/checklist.ts'
import { checklistJsonSchema } from '../../../src/checklist/checklist-json-schema.ts'
import type { OscalComponentDefinitionDocument } from '../../../src/checklist/oscal/create-oscal-component-definition.ts'
import { renderChecklist } from '../../../src/checklist/render-checklist.ts'
import { parseMarkdownChecklist } from './parse-markdown-checklist.ts'

const ajv = new Ajv({ allErrors: true })
addFormats.default(ajv)
/** `checklistJsonSchema` compiled once. */
export const validateChecklist = ajv.compile(checklistJsonSchema)

/** Markdown keeps each item on one paragraph: whitespace runs read back as one space. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A spreadsheet cell as the user sees it once the leading `'` guard is taken off. */
export const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

/** The checklist's items in order: where they sit, their id and statement. */
export function expectedItems(c: Checklist) {
  return [
    ...c.inherited.map((i) => ({
      section: 'inherited',
      topic: null,
      id: i.id,
      statement: i.statement,
    })),
    ...c.actions.flatMap((g) =>
      g.items.map((i) => ({
        section: 'actions',
        topic: g.title,
        id: i.id,
        statement: i.statement,
      })),
    ),
  ]
}

/** Task items read back from the Markdown, in the same shape as `expectedItems`. */
export function markdownItems(markdown: string) {
  return parseMarkdownChecklist(markdown).tasks.map((t) => {
    assert.equal(t.checked, false)
    const facts = t.lines[1] ?? ''
    const id = /· ([^·]+)$/.exec(facts)?.[1]?.trim() ?? ''
    // Attestations lead with the program name in bold: strip `Program (facts): `.
    const first = t.lines[0] ?? ''
    const statement = facts.startsWith('attestation ')
      ? first.replace(/^[^:(]*(\([^)]*\))?: /, '')
      : first
    return { section: t.section, topic: t.topic, id, statement }
  })
}

/** Every format of one checklist, read back, gives the same items in the same order. */
export function assertFormatsAgree(c: Checklist): void {
  const expected = expectedItems(c)

  const json: unknown = JSON.parse(renderChecklist(c, 'json').body)
  assert.deepEqual(json, c)
  assert.ok(validateChecklist(json), JSON.stringify(validateChecklist.errors))

  assert.deepEqual(
    markdownItems(renderChecklist(c, 'markdown').body),
    expected.map((e) => ({ ...e, statement: flat(e.statement) })),
  )

  const rows = parse(renderChecklist(c, 'csv').body, { columns: true }) as Record<string, string>[]
  assert.deepEqual(
    rows.map((r) => ({ section: r.section, id: r.id, statement: unguard(r.statement ?? '') })),
    expected.map((e) => ({
      section: e.section === 'actions' ? 'action' : 'inherited',
      id: e.id,
      statement: e.statement,
    })),
  )

  const oscal = JSON.parse(renderChecklist(c, 'oscal').body) as OscalComponentDefinitionDocument
  const controls = [
    ...new Set([
      ...c.inherited.map((i) => i.control),
      ...c.actions.flatMap((g) => g.items.map((i) => i.id)),
    ]),
  ]
  const implemented = (oscal['component-definition'].components ?? []).flatMap((component) =>
    (component['control-implementations'] ?? []).flatMap((ci) =>
      ci['implemented-requirements'].map((r) => r['control-id']),
    ),
  )
  assert.deepEqual([...implemented].sort(), [...controls].sort())
}
