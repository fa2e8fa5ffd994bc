import type { BlockContent, DefinitionContent, Html } from 'mdast'
import type { Section } from '../model/section.ts'
import type { Source } from '../model/source.ts'

/** An HTML comment holding a `secgraph:` annotation, as written, with its position. */
export interface RawAnnotation {
  /** The comment's text between `<!--` and `-->`, trimmed. */
  text: string
  /** Where the comment starts. */
  line: number
  column: number
}

/** A block of page content (paragraph, list, table, blockquote…) with the headings it sits under. */
export interface PageBlock {
  /** The mdast node, with positions (lines and columns are relative to the file). */
  node: BlockContent | DefinitionContent | Html
  /** Id of the innermost section (heading or bold pseudo-heading) above the block, or null. */
  section: string | null
  /** Page title, then the titles of the enclosing sections, outermost first. */
  headingPath: string[]
  /** Block-level `<!-- secgraph: … -->` comments directly above the block, in order. */
  annotations: RawAnnotation[]
}

/** One Markdown page after parsing: the topic's own facts, its sections and its content blocks. */
export interface ParsedPage {
  /** Path relative to the content root, forward slashes. */
  file: string
  /** Id the page's topic gets (`<service>.<anchor>`). */
  topicId: string
  /** Title of the `#` heading (or the file name when the page has none). */
  title: string
  /** Anchor of the `#` heading. */
  anchor: string
  /** Where the title is. */
  source: Source
  /** Sections in document order, ids assigned. */
  sections: Section[]
  /** Content blocks in document order, except the Topics list and headings. */
  blocks: PageBlock[]
}
