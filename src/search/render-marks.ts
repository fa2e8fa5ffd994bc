import { escapeHtml } from './escape-html.ts'

/** Escapes `text[from, to)` and wraps the given `[start, end)` ranges in `<mark>`. */
export function renderMarks(
  text: string,
  ranges: readonly number[],
  from = 0,
  to = text.length,
): string {
  let html = ''
  let cursor = from
  for (let i = 0; i < ranges.length; i += 2) {
    const start = Math.max(ranges[i] as number, from)
    const end = Math.min(ranges[i + 1] as number, to)
    if (end <= start) continue
    html +=
      escapeHtml(text.slice(cursor, start)) +
      '<mark>' +
      escapeHtml(text.slice(start, end)) +
      '</mark>'
    cursor = end
  }
  return html + escapeHtml(text.slice(cursor, to))
}
