import type { Graph } from '../model/graph.ts'
import type { Source } from '../model/source.ts'
import { expandSourceUrl } from '../model/source-url.ts'

/** The published address of a statement, or null when its service has no `sourceUrl`. */
export type SourceLinker = (
  service: string,
  source: Source,
  section: string | null,
) => string | null

/**
 * Links statements to the published documentation through each service's `sourceUrl` template:
 * `{path}`/`{file}` from the page's place in the service folder, `{anchor}` from the nearest real
 * heading (bold pseudo-headings have no anchor on a published page, so their parent's is used),
 * `{line}` from the source.
 */
export function createSourceLinker(graph: Graph): SourceLinker {
  const services = new Map(graph.services.map((s) => [s.id, s]))
  const sections = new Map(graph.sections.map((s) => [s.id, s]))
  const anchorOf = (id: string | null): string => {
    const seen = new Set<string>()
    for (let at = id; at !== null && !seen.has(at);) {
      seen.add(at)
      const section = sections.get(at)
      if (!section) return ''
      if (!section.pseudo) return section.anchor
      at = section.parent
    }
    return ''
  }
  return (serviceId, source, section) => {
    const service = services.get(serviceId)
    if (service?.sourceUrl === undefined) return null
    const prefix = service.dir === '.' ? '' : `${service.dir}/`
    const file = source.file.startsWith(prefix) ? source.file.slice(prefix.length) : source.file
    return expandSourceUrl(service.sourceUrl, {
      path: file.replace(/\.md$/i, ''),
      file,
      anchor: anchorOf(section),
      line: String(source.line),
    })
  }
}
