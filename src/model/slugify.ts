/**
 * Lower-case ASCII slug for ids and anchors: letters and digits joined by single hyphens.
 * Ids must stay URL-path-safe and valid OSCAL tokens, so everything else is dropped.
 */
export function slugify(text: string, maxWords = Infinity): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return words.slice(0, maxWords).join('-')
}
