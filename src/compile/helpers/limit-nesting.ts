/**
 * Widest container prefix (indentation and `>` markers) a line keeps: about 64 levels of lists or
 * quotes. remark's container parsing grows much faster than linearly with nesting depth (600 nested
 * list levels take ~25 s, 1,500 several minutes), so deeper lines are cut back to this width.
 */
export const MAX_PREFIX_COLUMNS = 128

const TOO_DEEP = new RegExp(`^[ \\t>]{${MAX_PREFIX_COLUMNS + 1}}`, 'm')
const PREFIX = /^[ \t>]*/

/** The text with every over-wide line prefix shortened to its innermost part; `line` is the first such line. */
export function limitNesting(text: string): { text: string; line: number | null } {
  if (!TOO_DEEP.test(text)) return { text, line: null }
  let first: number | null = null
  const lines = text.split('\n').map((line, index) => {
    const prefix = PREFIX.exec(line)?.[0] ?? ''
    if (prefix.length <= MAX_PREFIX_COLUMNS) return line
    first ??= index + 1
    return line.slice(prefix.length - MAX_PREFIX_COLUMNS)
  })
  return { text: lines.join('\n'), line: first }
}
