const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$/m

/**
 * Syntax a page may hold only when its raw text contains a telltale: without it the construct can
 * never fire, so the parser is built without it. Each construct is tried at many places (a GFM
 * table at the start of every block, a footnote call after every `]`), which costs time on the
 * pages that have none. The tests are necessary conditions, never guesses: escapes and entities
 * cannot make a construct out of text that lacks its marker characters.
 */
export const OPTIONAL_SYNTAX = {
  // A table has a pipe, and a delimiter row: a line of `:?-+:?` cells between pipes, after any
  // container prefix (`>`, indentation).
  table: (markdown: string): boolean => markdown.includes('|') && DELIMITER_ROW.test(markdown),
  // Footnote calls and definitions open with `[^`.
  footnote: (markdown: string): boolean => markdown.includes('[^'),
  // Front matter must open the file (micromark drops a byte-order mark first).
  frontMatter: (markdown: string): boolean => /^\uFEFF?(?:---|\+\+\+)/.test(markdown),
  // Container (`:::note`) and leaf (`::name`) directives.
  directive: (markdown: string): boolean => markdown.includes('::'),
} as const satisfies Record<string, (markdown: string) => boolean>

export type OptionalSyntax = keyof typeof OPTIONAL_SYNTAX

/** The optional syntax `markdown` may contain, in `OPTIONAL_SYNTAX` order. */
export function scanSyntax(markdown: string): OptionalSyntax[] {
  return (Object.keys(OPTIONAL_SYNTAX) as OptionalSyntax[]).filter((name) =>
    OPTIONAL_SYNTAX[name](markdown),
  )
}
