/** A hyperlink to another resource of the API. */
export interface Href {
  href: string
  title?: string
  templated?: boolean
}
