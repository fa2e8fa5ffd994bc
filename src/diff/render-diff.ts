import type { GraphDiff } from './change.ts'
import { renderJson } from './render-json.ts'
import { renderMarkdown } from './render-markdown.ts'
import { renderText } from './render-text.ts'

export type DiffFormat = 'text' | 'json' | 'markdown'

export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'json', 'markdown']

export function renderDiff(diff: GraphDiff, format: DiffFormat, color = false): string {
  if (format === 'json') return renderJson(diff)
  if (format === 'markdown') return renderMarkdown(diff)
  return renderText(diff, { color })
}
