import type { BlockContent, DefinitionContent, Html } from 'mdast'
import type { Link } from '../model/link.ts'
import type { Section } from '../model/section.ts'
import type { Source } from '../model/source.ts'

/** An HTML comment holding a `secgraph:` annotation, as written, with its position. */
export interface RawAnnotation {
  /** The comment's text between `<!--` and `-->`, trimmed. */
  text: string
  /** Where the comment starts. */
  line: number
  column: number
  /**
   * Set when the page states the owner in its own words rather than in a comment: a
   * `**Responsibility**: Customer` field (or field table) of the section, or the marks of a
   * responsibility matrix row. `text` then holds the equivalent annotation.
   */
  derived?: 'field' | 'matrix'
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

/** One entry of a page's Topics list: a link to a child page (or, rarely, an anchor or URL). */
export interface TopicsEntry {
  /** The link target as written, escapes resolved. */
  href: string
  /** The link text. */
  text: string
  /** Where the link is. */
  line: number
  column: number
}

/** One Markdown page after parsing: the topic's own facts, its sections and its content blocks. */
export interface ParsedPage {
  /** Path relative to the content root, forward slashes. */
  file: string
  /** Id the page's topic gets (`<service>.<anchor>`). */
  topicId: string
  /** Title of the `#` heading (else the front matter's `title`, else the file name). */
  title: string
  /** Anchor of the `#` heading. */
  anchor: string
  /** Where the title is. */
  source: Source
  /** Sections in document order, ids assigned. */
  sections: Section[]
  /** Content blocks in document order, except the Topics list and headings. */
  blocks: PageBlock[]
  /**
   * The page's first **Topics** list (a bold `Topics` paragraph followed by a list of links), which
   * the build follows to make the topic tree; null when the page has none. Topics lists are
   * navigation, so they never appear in `blocks`.
   */
  topicsList: TopicsEntry[] | null
  /**
   * Every anchor a link can land on → the topic or section id it opens: the title's and headings'
   * anchors (including extra `<a name>`s on one heading) and `<a name>`s inside content blocks
   * (which open their enclosing section). The first definition of an anchor wins.
   */
  anchors: Map<string, string>
  /** All links of the page in document order, ids assigned, `control` and `target` still null. */
  links: Link[]
  /** mdast link node → link id, so the extractor can fill `Control.references`. */
  linkIds: Map<object, string>
}
