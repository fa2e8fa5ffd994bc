import { CONTROL_KINDS, OWNERS } from '../../model/control.ts'
import type { ControlKind, Owner } from '../../model/control.ts'
import type { Source } from '../../model/source.ts'
import type { Graph } from '../../model/graph.ts'
import type {
  ActionItem,
  Checklist,
  Claim,
  Evidence,
  InheritedItem,
  ItemStatus,
} from '../checklist.ts'
import { claimFacts } from '../claim-facts.ts'
import { createChecklist } from '../create-checklist.ts'
import { sourceHref } from '../source-href.ts'
import { toUriReference } from '../to-uri-reference.ts'
import type { OscalExportOptions } from './create-oscal-catalog.ts'
import {
  createMetadata,
  nonEmpty,
  prop,
  RESPONSIBLE_ROLES,
  stableUuid,
  toToken,
} from './oscal-common.ts'
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
    const requirements = collectEntries(inherited, actions).map((entry) =>
      toRequirement(service.id, entry, options),
    )

    return {
      uuid: stableUuid('component', service.id),
      type: 'service',
      title: service.name,
      description: `${service.name}, run by ${service.provider}: the controls its security documentation states, split between provider and customer.`,
      props: [
        ...prop('provider', service.provider),
        ...inherited.flatMap((i) => (i.claim ? attestationProps(i.claim) : [])),
      ],
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
  metadata.roles = RESPONSIBLE_ROLES.map((role) => ({ ...role }))
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

/** One control of the checklist with everything said about it. */
interface Entry {
  control: string
  statement: string
  owner: Owner
  kind: ControlKind
  programs: string[]
  source: Source
  status: ItemStatus
  claims: Claim[]
  evidence: Evidence[]
}

/**
 * One entry per control, inherited items first, then actions, each in checklist order. Several
 * attestations can come from one statement: their entry carries all their claims and evidence.
 */
function collectEntries(inherited: InheritedItem[], actions: ActionItem[]): Entry[] {
  const entries = new Map<string, Entry>()
  for (const item of inherited) {
    const entry = entries.get(item.control)
    if (entry === undefined) {
      entries.set(item.control, {
        ...item,
        programs: [...item.programs],
        claims: item.claim ? [item.claim] : [],
        evidence: [...item.evidence],
      })
      continue
    }
    entry.programs = [...new Set([...entry.programs, ...item.programs])].sort()
    if (item.claim) entry.claims.push(item.claim)
    for (const evidence of item.evidence) {
      const known = entry.evidence.some((e) => e.text === evidence.text && e.href === evidence.href)
      if (!known) entry.evidence.push(evidence)
    }
  }
  for (const item of actions) {
    entries.set(item.id, { ...item, control: item.id, claims: [], evidence: [] })
  }
  return [...entries.values()]
}

function toRequirement(
  service: string,
  entry: Entry,
  options: ComponentDefinitionOptions,
): OscalImplementedRequirement {
  const responsibility = RESPONSIBILITY[entry.owner]
  const requirement: OscalImplementedRequirement = {
    uuid: stableUuid('implemented-requirement', service, entry.control),
    'control-id': toToken(entry.control),
    description: entry.statement,
    props: [
      ...prop('responsibility', responsibility.value),
      ...prop('owner', entry.owner),
      ...prop('kind', entry.kind),
      ...entry.programs.flatMap((p) => prop('program', p)),
      ...prop('status', entry.status),
      ...entry.claims.flatMap(attestationProps),
    ],
    links: [
      {
        href: sourceHref(entry.source, options.sourceBaseUrl),
        rel: 'source',
        text: `${entry.source.file}:${entry.source.line}`,
      },
      ...entry.evidence.flatMap((e) =>
        e.href === null ? [] : [{ href: toUriReference(e.href), rel: 'evidence', text: e.text }],
      ),
    ],
    'responsible-roles': responsibility.roles.map((role) => ({ 'role-id': role })),
  }
  // Remarks say what to obtain in words, including evidence the docs name without a link.
  if (entry.evidence.length > 0) {
    requirement.remarks = `Evidence to obtain: ${entry.evidence.map((e) => e.text).join('; ')}.`
  }
  return requirement
}

function attestationProps(claim: Claim): OscalProp[] {
  return prop('attestation', claim.program, claimFacts(claim).join('; '))
}
