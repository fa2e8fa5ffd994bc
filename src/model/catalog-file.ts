import type { Requirement } from './requirement.ts'

/** One input file a shipped catalog was derived from, so anyone can check and re-derive it. */
export interface CatalogSource {
  /** Path under `../shared/catalogs/`. */
  file: string
  /** SHA-256 of its bytes. */
  sha256: string
  /** Title and version from the file's own metadata. */
  version: string
  licence: string
}

/**
 * One requirement as shipped: the graph's `Requirement` (without the catalog prefix of its id)
 * plus the public-domain catalog text the mapper reads.
 */
export interface CatalogEntry extends Pick<
  Requirement,
  'controlId' | 'label' | 'title' | 'family' | 'baselines' | 'related'
> {
  /** The base control's `controlId` for an enhancement, else null. */
  parent: string | null
  /** Statement prose, parameters as "[Assignment: …]" / "[Selection: …]". */
  statement: string
  /** Supplemental guidance prose. */
  guidance: string
}

/** A catalog file in `content/catalogs/`, written by `scripts/derive-catalogs.ts`. */
export interface CatalogFile {
  /** Catalog id, the prefix of its requirement ids: `nist-800-53-r5`. */
  catalog: string
  name: string
  version: string
  derivedBy: string
  sources: CatalogSource[]
  families: { id: string; title: string }[]
  /** Active (not withdrawn) controls and enhancements, in `controlId` order. */
  requirements: CatalogEntry[]
}
