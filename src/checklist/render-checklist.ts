import type { Checklist, ChecklistFormat } from './checklist.ts'
import { checklistToComponentDefinition } from './oscal/create-oscal-component-definition.ts'
import type { ComponentDefinitionOptions } from './oscal/create-oscal-component-definition.ts'
import { renderCsv } from './render/render-csv.ts'
import { renderMarkdown } from './render/render-markdown.ts'

/** What an HTTP route or the CLI needs to send or save a rendering. */
export interface RenderedChecklist {
  body: string
  contentType: string
  /** File extension, with the dot. */
  extension: string
}

export type RenderOptions = ComponentDefinitionOptions

/** Renders a checklist; `oscal` is the OSCAL component definition scoped to the checklist. */
export function renderChecklist(
  checklist: Checklist,
  format: ChecklistFormat,
  options: RenderOptions = {},
): RenderedChecklist {
  switch (format) {
    case 'json':
      return {
        body: toJson(checklist),
        contentType: 'application/json; charset=utf-8',
        extension: '.json',
      }
    case 'markdown':
      return {
        body: renderMarkdown(checklist, options),
        contentType: 'text/markdown; charset=utf-8',
        extension: '.md',
      }
    case 'csv':
      return {
        body: renderCsv(checklist),
        contentType: 'text/csv; charset=utf-8; header=present',
        extension: '.csv',
      }
    case 'oscal':
      return {
        body: toJson(checklistToComponentDefinition(checklist, options)),
        contentType: 'application/json; charset=utf-8',
        extension: '.oscal.json',
      }
  }
}

/** Two-space JSON with a trailing newline, like every JSON file secgraph writes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
