import type { Control } from '../../model/control.ts'
import type { Graph } from '../../model/graph.ts'
import type { Source } from '../../model/source.ts'
import { claimFacts } from '../claim-facts.ts'
import { createSourceLinker } from '../create-source-linker.ts'
import { linksAbsolutely, RELATIVE_SOURCES_NOTE, sourceLink } from '../source-href.ts'
import { toUriReference } from '../to-uri-reference.ts'
import { createMetadata, nonEmpty, prop, stableUuid, toToken } from './oscal-common.ts'
import type { OscalLink, OscalMetadata, OscalProp } from './oscal-common.ts'

export interface OscalExportOptions {
  /** Service ids to export (default: every service). */
  services?: string[]
  /** `last-modified` of the document (default: now). */
  generatedAt?: Date | string
  /** Base URL that source links are made absolute against, e.g. a GitHub `blob/<ref>/content` URL. */
  sourceBaseUrl?: string
}

export interface OscalPart {
  id: string
  name: string
  prose: string
}

export interface OscalControl {
  id: string
  class: string
  title: string
  props: OscalProp[]
  links: OscalLink[]
  parts: OscalPart[]
}

export interface OscalGroup {
  id: string
  class: string
  title: string
  props?: OscalProp[]
  links?: OscalLink[]
  groups?: OscalGroup[]
  controls?: OscalControl[]
}

export interface OscalCatalogDocument {
  catalog: {
    uuid: string
    metadata: OscalMetadata
    groups?: OscalGroup[]
  }
}

const TITLE_LENGTH = 80

/**
 * The graph as an OSCAL 1.1.3 catalog: a group per service holding a group per topic (pages with
 * controls only), each control with its statement as a `statement` part, our facts as props
 * (owner, kind, origin, program, confidence) and links to its source and the links it carries.
 */
export function createOscalCatalog(
  graph: Graph,
  options: OscalExportOptions = {},
): OscalCatalogDocument {
  const services = graph.services.filter(
    (s) => options.services === undefined || options.services.includes(s.id),
  )
  const linksById = new Map(graph.links.map((l) => [l.id, l]))
  const linkOf = createSourceLinker(graph)
  let relative = false
  const href = (service: string, source: Source, section: string | null): string => {
    const located = { source, url: linkOf(service, source, section) }
    if (!linksAbsolutely(located, options.sourceBaseUrl)) relative = true
    return sourceLink(located, options.sourceBaseUrl)
  }
  const controlsByTopic = new Map<string, Control[]>()
  for (const control of graph.controls) {
    const list = controlsByTopic.get(control.topic) ?? []
    list.push(control)
    controlsByTopic.set(control.topic, list)
  }

  const toControl = (control: Control): OscalControl => {
    const id = toToken(control.id)
    const references = control.references.flatMap((ref) => {
      const link = linksById.get(ref)
      if (!link || link.href.trim() === '') return []
      return [{ href: toUriReference(link.href), rel: 'reference', text: link.text }]
    })
    return {
      id,
      class: control.kind,
      title: shorten(control.statement),
      props: [
        ...prop('owner', control.owner),
        ...prop('kind', control.kind),
        ...prop('origin', control.origin),
        ...control.programs.flatMap((p) => prop('program', p)),
        ...prop('confidence', String(control.confidence)),
      ],
      links: [
        {
          href: href(control.service, control.source, control.section),
          rel: 'source',
          text: `${control.source.file}:${control.source.line}`,
        },
        ...references,
      ],
      parts: [{ id: `${id}_smt`, name: 'statement', prose: control.statement }],
    }
  }

  const groups: OscalGroup[] = services.map((service) => {
    const topics = graph.topics.filter((t) => t.service === service.id)
    const topicGroups = topics.flatMap((topic): OscalGroup[] => {
      const controls = controlsByTopic.get(topic.id) ?? []
      if (controls.length === 0) return []
      return [
        {
          id: toToken(topic.id),
          class: 'topic',
          title: topic.title,
          links: [{ href: href(topic.service, topic.source, null), rel: 'source' }],
          controls: controls.map(toControl),
        },
      ]
    })
    const attestations = graph.attestations.filter((a) => a.service === service.id)
    return {
      id: toToken(service.id),
      class: 'service',
      title: service.name,
      props: [
        ...prop('provider', service.provider),
        ...attestations.flatMap((a) => prop('attestation', a.program, claimFacts(a).join('; '))),
      ],
      ...nonEmpty('groups', topicGroups),
    }
  })

  const serviceNames = services.map((s) => s.name).join(', ') || 'no services'
  const metadata = createMetadata(
    `Security controls of ${serviceNames} (secgraph)`,
    graph,
    new Date(options.generatedAt ?? new Date()).toISOString(),
  )
  if (relative) metadata.remarks = RELATIVE_SOURCES_NOTE
  return {
    catalog: {
      uuid: stableUuid('catalog', graph.contentHash, ...services.map((s) => s.id)),
      metadata,
      ...nonEmpty('groups', groups),
    },
  }
}

/** A title for a control: its statement, cut at a word boundary when long. */
function shorten(statement: string): string {
  const text = statement.replace(/\s+/g, ' ').trim()
  if (text.length <= TITLE_LENGTH) return text
  const cut = text.slice(0, TITLE_LENGTH - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}
