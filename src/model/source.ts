/** Where a node comes from, so every answer can be traced back to the docs. */
export interface Source {
  /** Path of the Markdown file relative to the content root, with forward slashes. */
  file: string
  /** 1-based line of the node's first character. */
  line: number
  /** 1-based column of the node's first character. */
  column: number
  /** Titles of the page and of the headings (including bold pseudo-headings) above the node, outermost first. */
  headingPath: string[]
}
