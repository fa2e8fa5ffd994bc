/**
 * The placeholders of a service's `sourceUrl` template (`service.yml`), e.g.
 * `https://docs.example.com/vault/{path}.html#{anchor}`: each with what it stands for.
 */
export const SOURCE_URL_PLACEHOLDERS = {
  path: 'the page path inside the service folder, without .md: `data-protection`, `keys/rotate`',
  file: 'the page path inside the service folder, with its extension: `data-protection.md`',
  anchor:
    'the anchor of the nearest heading above the statement (its `<a name>` or the slug of its title); empty at the top of a page, and a `#` just before it then goes too',
  line: 'the 1-based line of the statement in the page',
} as const

export type SourceUrlPlaceholder = keyof typeof SOURCE_URL_PLACEHOLDERS

const PLACEHOLDER = /\{([^{}]*)\}/g

/** The values a template is expanded with, unencoded. */
export type SourceUrlValues = Record<SourceUrlPlaceholder, string>

/** Placeholders of the template that are not in `SOURCE_URL_PLACEHOLDERS`, with their offsets. */
export function unknownPlaceholders(template: string): { name: string; offset: number }[] {
  return [...template.matchAll(PLACEHOLDER)]
    .filter((m) => !Object.hasOwn(SOURCE_URL_PLACEHOLDERS, m[1] ?? ''))
    .map((m) => ({ name: m[1] ?? '', offset: m.index }))
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/')

/**
 * The template with every placeholder replaced by its percent-encoded value (a path keeps its
 * `/`). An empty anchor takes the `#` before it along, so a page's top links to the page itself.
 */
export function expandSourceUrl(template: string, values: SourceUrlValues): string {
  const filled = values.anchor === '' ? template.replace(/#\{anchor\}/g, '') : template
  return filled.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(SOURCE_URL_PLACEHOLDERS, name)) return whole
    const value = values[name as SourceUrlPlaceholder]
    return name === 'path' || name === 'file' ? encodePath(value) : encodeURIComponent(value)
  })
}

/**
 * Why a template cannot be used, or null when it can: an unknown placeholder, or a result that is
 * no absolute http(s) URL.
 */
export function sourceUrlProblem(template: string): string | null {
  const [unknown] = unknownPlaceholders(template)
  if (unknown) {
    const known = Object.keys(SOURCE_URL_PLACEHOLDERS).map((p) => `{${p}}`)
    return `unknown placeholder {${unknown.name}} (expected ${known.join(', ')})`
  }
  const sample = expandSourceUrl(template, {
    path: 'page',
    file: 'page.md',
    anchor: 'heading',
    line: '1',
  })
  let url: URL
  try {
    url = new URL(sample)
  } catch {
    return 'is not an absolute URL'
  }
  return url.protocol === 'https:' || url.protocol === 'http:'
    ? null
    : `must be an http(s) URL, not ${url.protocol}`
}
