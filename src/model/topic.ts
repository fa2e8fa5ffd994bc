import type { Source } from './source.ts'

/** A page of a service's security chapter. */
export interface Topic {
  /** `<service>.<anchor>`, e.g. `cloudhsm.data-protection`. */
  id: string
  /** Id of the service the page belongs to. */
  service: string
  /** The page's `#` heading, escapes resolved. */
  title: string
  /** Anchor of the page heading (`<a name>` or the slug of the title). */
  anchor: string
  /** Id of the parent topic, or null for the root page. */
  parent: string | null
  /** Ids of child topics, in the order the page's Topics list gives them. */
  children: string[]
  /** Where the page's title heading is. */
  source: Source
}
