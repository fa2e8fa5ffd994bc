import type { Source } from './source.ts'

/** Whether a link stays within the graph or leaves it. */
export type LinkKind = 'internal' | 'external'

/** A link found in the content. */
export interface Link {
  /** `<topic id>.link-<n>`, n counting links on the page from 1 in document order. */
  id: string
  /** Internal (to a page or anchor of the content) or external (a URL). */
  kind: LinkKind
  /** The link target as written, escapes resolved. */
  href: string
  /** The link text. */
  text: string
  /** Id of the topic the link is on. */
  from: string
  /** Id of the control whose statement carries the link, or null. */
  control: string | null
  /** For internal links: id of the topic or section it resolves to, or null when it is broken or points outside the graph. */
  target: string | null
  /** Where the link is. */
  source: Source
}
