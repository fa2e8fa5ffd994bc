import type { Source } from './source.ts'

/** A heading inside a page, or a bold paragraph acting as one (`**PCI PIN Compliance**`). */
export interface Section {
  /** `<topic id>.<anchor>`, e.g. `cloudhsm.data-protection.encryption-rest`. */
  id: string
  /** Id of the topic (page) the section is on. */
  topic: string
  /** Heading text, escapes resolved. */
  title: string
  /** Anchor of the heading: `<a name>` when present, otherwise the slug of the title. */
  anchor: string
  /** Heading depth (2–6); a bold pseudo-heading takes the depth below the heading it sits under. */
  depth: number
  /** True for a bold paragraph acting as a heading. */
  pseudo: boolean
  /** Id of the enclosing section, or null when it sits directly under the page title. */
  parent: string | null
  /** Where the heading is. */
  source: Source
}
