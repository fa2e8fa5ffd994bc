import { renderMarks } from './render-marks.ts'

/** Default snippet length in characters (of the source text, before escaping). */
export const SNIPPET_LENGTH = 160

/**
 * A window of `text` of at most `maxLength` characters around the first match, cut at word
 * boundaries, with `…` where text was left out, escaped and highlighted.
 */
export function makeSnippet(
  text: string,
  ranges: readonly number[],
  maxLength = SNIPPET_LENGTH,
): string {
  const length =
    Number.isFinite(maxLength) && maxLength >= 1 ? Math.floor(maxLength) : SNIPPET_LENGTH
  if (text.length <= length) return renderMarks(text, ranges)
  const first = ranges.length > 0 ? (ranges[0] as number) : 0
  // Keep about a third of the window before the match for context.
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length))
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < first) start = space + 1
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start && space > first) end = space
  }
  return (
    (start > 0 ? '…' : '') + renderMarks(text, ranges, start, end) + (end < text.length ? '…' : '')
  )
}
