import { slugify } from '../model/slugify.ts'
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
  /** Suggested file name (for `Content-Disposition`), e.g. `cloudhsm-pci-dss-checklist.md`. */
  fileName: string
}

export type RenderOptions = ComponentDefinitionOptions

/**
 * Media type of each format, for content negotiation (e.g. Express `req.accepts(...)`).
 * `application/oscal+json` is the media type NIST gives OSCAL JSON.
 */
export const CHECKLIST_MEDIA_TYPES: Readonly<Record<ChecklistFormat, string>> = {
  json: 'application/json',
  markdown: 'text/markdown',
  csv: 'text/csv',
  oscal: 'application/oscal+json',
}

const EXTENSIONS: Readonly<Record<ChecklistFormat, string>> = {
  json: '.json',
  markdown: '.md',
  csv: '.csv',
  oscal: '.oscal.json',
}

/** Renders a checklist; `oscal` is the OSCAL component definition scoped to the checklist. */
export function renderChecklist(
  checklist: Checklist,
  format: ChecklistFormat,
  options: RenderOptions = {},
): RenderedChecklist {
  const extension = EXTENSIONS[format]
  const { scope } = checklist.header
  const stem = slugify(
    [...scope.services, ...(scope.programs.length ? scope.programs : ['security'])].join(' '),
  )
  return {
    body: renderBody(checklist, format, options),
    contentType: `${CHECKLIST_MEDIA_TYPES[format]}; charset=utf-8${format === 'csv' ? '; header=present' : ''}`,
    extension,
    fileName: `${stem}-checklist${extension}`,
  }
}

function renderBody(checklist: Checklist, format: ChecklistFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return toJson(checklist)
    case 'markdown':
      return renderMarkdown(checklist, options)
    case 'csv':
      return renderCsv(checklist, options)
    case 'oscal':
      return toJson(checklistToComponentDefinition(checklist, options))
  }
}

/** Two-space JSON with a trailing newline, like every JSON file secgraph writes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
