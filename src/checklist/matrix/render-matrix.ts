import { slugify } from '../../model/slugify.ts'
import { toJson } from '../render-checklist.ts'
import type { RenderedChecklist } from '../render-checklist.ts'
import { renderMatrixCsv } from './render-matrix-csv.ts'
import { renderMatrixMarkdown } from './render-matrix-markdown.ts'
import type { ResponsibilityMatrix } from './responsibility-matrix.ts'
import { matrixToComponentDefinition } from '../oscal/matrix-to-component-definition.ts'

export type MatrixFormat = 'json' | 'markdown' | 'csv' | 'csv-bom' | 'oscal'

export const MATRIX_FORMATS: readonly MatrixFormat[] = [
  'json',
  'markdown',
  'csv',
  'csv-bom',
  'oscal',
]

const OUTPUT: Readonly<Record<MatrixFormat, { contentType: string; extension: string }>> = {
  json: { contentType: 'application/json; charset=utf-8', extension: '.json' },
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: '.md' },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', extension: '.csv' },
  'csv-bom': { contentType: 'text/csv; charset=utf-8; header=present', extension: '.csv' },
  oscal: { contentType: 'application/oscal+json; charset=utf-8', extension: '.oscal.json' },
}

/** Renders a responsibility matrix for a route or the CLI. */
export function renderMatrix(
  matrix: ResponsibilityMatrix,
  format: MatrixFormat,
  options: { sourceBaseUrl?: string } = {},
): RenderedChecklist {
  const { contentType, extension } = OUTPUT[format]
  const stem = slugify(
    [...matrix.header.services.map((s) => s.id), matrix.header.baseline.id].join(' '),
  )
  const body =
    format === 'json'
      ? toJson(matrix)
      : format === 'oscal'
        ? toJson(matrixToComponentDefinition(matrix, options))
        : format === 'markdown'
          ? renderMatrixMarkdown(matrix, options.sourceBaseUrl)
          : renderMatrixCsv(matrix, {
              bom: format === 'csv-bom',
              sourceBaseUrl: options.sourceBaseUrl,
            })
  return { body, contentType, extension, fileName: `${stem}-responsibility-matrix${extension}` }
}
