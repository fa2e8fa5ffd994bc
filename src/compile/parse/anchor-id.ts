import { slugify } from '../../model/slugify.ts'

const SAFE_ANCHOR = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/**
 * The id segment for an anchor: the anchor itself when it is already URL-path-safe and a valid
 * OSCAL token part (the upstream `<a name>` anchors are), else its slug, so ids never carry
 * spaces, dots or quotes from hand-written anchors.
 */
export function anchorId(anchor: string): string {
  return SAFE_ANCHOR.test(anchor) ? anchor : slugify(anchor)
}
