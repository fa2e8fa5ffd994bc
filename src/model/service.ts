/** A cloud service whose security chapter was built into the graph. */
export interface Service {
  /** Stable, readable id, e.g. `cloudhsm`. */
  id: string
  /** Display name, e.g. `AWS CloudHSM`. */
  name: string
  /** Who runs the service, e.g. `AWS`. */
  provider: string
  /** Id of the chapter's root topic (its `security.md` page or equivalent). */
  rootTopic: string
  /** Folder of the service relative to the content root (`.` when the root itself is the service). */
  dir: string
  /**
   * Where the service's pages are published, as a template (`service.yml` `sourceUrl`, see
   * `SOURCE_URL_PLACEHOLDERS`); absent when not set. Exports link each statement through it.
   */
  sourceUrl?: string
}
