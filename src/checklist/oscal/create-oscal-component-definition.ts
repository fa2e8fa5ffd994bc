import { CONTROL_KINDS, OWNERS } from '../../model/control.ts'
import type { Owner } from '../../model/control.ts'
import type { Graph } from '../../model/graph.ts'
import type { Checklist, Evidence, InheritedItem } from '../checklist.ts'
import { createChecklist } from '../create-checklist.ts'
import { sourceHref } from '../source-href.ts'
import { toUriReference } from '../to-uri-reference.ts'
import { claimRemarks } from './create-oscal-catalog.ts'
import type { OscalExportOptions } from './create-oscal-catalog.ts'
import { createMetadata, nonEmpty, prop, stableUuid, toToken } from './oscal-common.ts'
import type { OscalLink, OscalMetadata, OscalProp } from './oscal-common.ts'

export interface ComponentDefinitionOptions {
  /** `source` of each control implementation: where the catalog is (default: the API's catalog route). */
  catalogHref?: string
  /** Base URL that source links are made absolute against. */
  sourceBaseUrl?: string
}

export interface OscalImplementedRequirement {
  uuid: string
  'control-id': string
  description: string
  props: OscalProp[]
  links: OscalLink[]
  'responsible-roles': { 'role-id': string }[]
  remarks?: string
}

export interface OscalComponent {
  uuid: string
  type: string
  title: string
  description: string
  props: OscalProp[]
  'control-implementations'?: {
    uuid: string
    source: string
    description: string
    props?: OscalProp[]
    'implemented-requirements': OscalImplementedRequirement[]
  }[]
}

export interface OscalComponentDefinitionDocument {
  'component-definition': {
    uuid: string
    metadata: OscalMetadata
    components?: OscalComponent[]
  }
}

export const DEFAULT_CATALOG_HREF = '/v1/export/oscal/catalog'

/** Who does it: provider controls are provided, customer ones are the customer's, shared ones both. */
const RESPONSIBILITY: Record<Owner, { value: string; roles: string[] }> = {
  provider: { value: 'provided', roles: ['provider'] },
  customer: { value: 'customer', roles: ['customer'] },
  shared: { value: 'shared', roles: ['provider', 'customer'] },
}

/**
 * The whole shared-responsibility split of each service as an OSCAL component definition: every
 * control of every owner and kind, whatever its programs.
 */
export function createOscalComponentDefinition(
  graph: Graph,
  options: OscalExportOptions & ComponentDefinitionOptions = {},
): OscalComponentDefinitionDocument {
  const services = graph.services
    .map((s) => s.id)
    .filter((id) => options.services === undefined || options.services.includes(id))
  const scope = {
    services,
    programs: [],
    owners: [...OWNERS],
    topics: [],
    kinds: [...CONTROL_KINDS],
    includeGeneral: true,
  }
  const checklist = createChecklist(graph, scope, { generatedAt: options.generatedAt })
  return checklistToComponentDefinition(checklist, options)
}

/**
 * A checklist as an OSCAL component definition: one `service` component per service, whose single
 * control implementation lists each control in scope with who is responsible for it (prop
 * `responsibility` = provided | customer | shared, and matching `responsible-roles`), the
 * attestations it states and the evidence to obtain.
 */
export function checklistToComponentDefinition(
  checklist: Checklist,
  options: ComponentDefinitionOptions = {},
): OscalComponentDefinitionDocument {
  const { header } = checklist
  const catalogHref = toUriReference(options.catalogHref ?? DEFAULT_CATALOG_HREF)
  const scopeProps = [
    ...header.programs.flatMap((p) => prop('scope-program', p.id)),
    ...header.scope.topics.flatMap((t) => prop('scope-topic', t)),
    ...header.scope.owners.flatMap((o) => prop('scope-owner', o)),
    ...header.scope.kinds.flatMap((k) => prop('scope-kind', k)),
  ]

  const components = header.services.map((service): OscalComponent => {
    const inherited = checklist.inherited.filter((i) => i.service === service.id)
    const actions = checklist.actions
      .filter((g) => g.service === service.id)
      .flatMap((g) => g.items)
    const requirements: OscalImplementedRequirement[] = []
    const byControl = new Map<string, OscalImplementedRequirement>()

    const add = (
      control: string,
      item: { statement: string; owner: Owner; kind: string; programs: string[] },
      source: OscalLink,
      extra: { props: OscalProp[]; evidence: Evidence[]; status: string },
    ): void => {
      const existing = byControl.get(control)
      // Several attestations can come from one statement: one requirement carries them all.
      if (existing) {
        const named = new Set(
          existing.props.filter((p) => p.name === 'program').map((p) => p.value),
        )
        const programs = item.programs.filter((p) => !named.has(p))
        existing.props.push(...programs.flatMap((p) => prop('program', p)), ...extra.props)
        existing.links.push(...evidenceLinks(extra.evidence))
        existing.remarks = joinRemarks(existing.remarks, extra.evidence)
        return
      }
      const responsibility = RESPONSIBILITY[item.owner]
      const requirement: OscalImplementedRequirement = {
        uuid: stableUuid('implemented-requirement', service.id, control),
        'control-id': toToken(control),
        description: item.statement,
        props: [
          ...prop('responsibility', responsibility.value),
          ...prop('owner', item.owner),
          ...prop('kind', item.kind),
          ...item.programs.flatMap((p) => prop('program', p)),
          ...prop('status', extra.status),
          ...extra.props,
        ],
        links: [source, ...evidenceLinks(extra.evidence)],
        'responsible-roles': responsibility.roles.map((role) => ({ 'role-id': role })),
      }
      const remarks = joinRemarks(undefined, extra.evidence)
      if (remarks !== undefined) requirement.remarks = remarks
      byControl.set(control, requirement)
      requirements.push(requirement)
    }

    for (const item of inherited) {
      add(item.control, item, sourceLink(item, options), {
        props: attestationProps(item),
        evidence: item.evidence,
        status: item.status,
      })
    }
    for (const item of actions) {
      add(item.id, item, sourceLink(item, options), {
        props: [],
        evidence: [],
        status: item.status,
      })
    }

    const attestations = inherited.filter((i) => i.claim !== null)
    return {
      uuid: stableUuid('component', service.id),
      type: 'service',
      title: service.name,
      description: `${service.name}, run by ${service.provider}: the controls its security documentation states, split between provider and customer.`,
      props: [...prop('provider', service.provider), ...attestations.flatMap(attestationProps)],
      ...(requirements.length > 0
        ? {
            'control-implementations': [
              {
                uuid: stableUuid(
                  'control-implementation',
                  service.id,
                  JSON.stringify(header.scope),
                ),
                source: catalogHref,
                description: `Shared responsibility for ${service.name}: what ${service.provider} provides and what the customer is responsible for, per control (${header.title}).`,
                ...nonEmpty('props', scopeProps),
                'implemented-requirements': requirements,
              },
            ],
          }
        : {}),
    }
  })

  const metadata = createMetadata(header.title, header.graph, header.generatedAt)
  metadata.roles = [
    {
      id: 'provider',
      title: 'Provider',
      description: 'Runs the service and carries the controls it provides.',
    },
    {
      id: 'customer',
      title: 'Customer',
      description: 'Uses the service and carries the controls left to it.',
    },
  ]
  return {
    'component-definition': {
      uuid: stableUuid(
        'component-definition',
        header.graph.contentHash,
        JSON.stringify(header.scope),
      ),
      metadata,
      ...nonEmpty('components', components),
    },
  }
}

function attestationProps(item: InheritedItem): OscalProp[] {
  return item.claim ? prop('attestation', item.claim.program, claimRemarks(item.claim)) : []
}

function sourceLink(
  item: { source: InheritedItem['source'] },
  options: ComponentDefinitionOptions,
): OscalLink {
  return {
    href: sourceHref(item.source, options.sourceBaseUrl),
    rel: 'source',
    text: `${item.source.file}:${item.source.line}`,
  }
}

function evidenceLinks(evidence: Evidence[]): OscalLink[] {
  return evidence.flatMap((e) =>
    e.href === null ? [] : [{ href: toUriReference(e.href), rel: 'evidence', text: e.text }],
  )
}

/** Remarks say what to obtain, in words, including evidence the docs name without a link. */
function joinRemarks(previous: string | undefined, evidence: Evidence[]): string | undefined {
  if (evidence.length === 0) return previous
  const line = `Evidence to obtain: ${evidence.map((e) => e.text).join('; ')}.`
  return previous === undefined ? line : `${previous}\n${line}`
}
