import type {
  MatrixRow,
  MatrixStatement,
  ResponsibilityMatrix,
} from '../matrix/responsibility-matrix.ts'
import { sourceHref } from '../source-href.ts'
import type {
  OscalComponent,
  OscalComponentDefinitionDocument,
  OscalImplementedRequirement,
} from './create-oscal-component-definition.ts'
import { createMetadata, nonEmpty, prop, RESPONSIBLE_ROLES, stableUuid } from './oscal-common.ts'
import { PUBLISHED_SOURCES } from './published-sources.ts'

export interface MatrixOscalOptions {
  /** Base URL that source links are made absolute against. */
  sourceBaseUrl?: string
}

const PARTIES: readonly ['provider' | 'customer' | 'shared', string][] = [
  ['provider', 'Provider'],
  ['customer', 'Customer'],
  ['shared', 'Shared'],
]

function rolesOf(row: MatrixRow): { 'role-id': string }[] {
  const roles = new Set<string>()
  if (row.provider.length > 0 || row.shared.length > 0) roles.add('provider')
  if (row.customer.length > 0 || row.shared.length > 0) roles.add('customer')
  return [...roles].map((role) => ({ 'role-id': role }))
}

function toRequirement(
  service: string,
  row: MatrixRow,
  options: MatrixOscalOptions,
): OscalImplementedRequirement {
  const statements: MatrixStatement[] = [...row.provider, ...row.customer, ...row.shared]
  const description = PARTIES.flatMap(([party, title]) =>
    row[party].length > 0 ? [`${title}: ${row[party].map((s) => s.statement).join(' ')}`] : [],
  ).join('\n\n')
  const seen = new Set<string>()
  const links = statements.flatMap((s) => {
    const href = sourceHref(s.source, options.sourceBaseUrl)
    if (seen.has(href)) return []
    seen.add(href)
    return [{ href, rel: 'source', text: `${s.source.file}:${s.source.line}` }]
  })
  return {
    uuid: stableUuid('matrix-requirement', service, row.requirement.id),
    // NIST's own control id (`sc-28`, `ac-2.7`), so the requirement resolves in the catalog.
    'control-id': row.requirement.controlId,
    description,
    props: [
      ...prop('control-origination', row.origination, row.reason),
      ...statements.flatMap((s) => prop('statement-control', s.control)),
    ],
    links,
    'responsible-roles': rolesOf(row),
  }
}

/**
 * The responsibility matrix as an OSCAL 1.1.3 component definition: one `service` component per
 * service whose control implementation points at the published baseline profile (or catalog) by
 * its canonical URL, with one implemented requirement per addressed 800-53 control id carrying
 * the statements, the responsible roles and the control origination. Requirements the
 * documentation does not address are left out (OSCAL has no "not implemented" entry) and counted
 * in a prop.
 */
export function matrixToComponentDefinition(
  matrix: ResponsibilityMatrix,
  options: MatrixOscalOptions = {},
): OscalComponentDefinitionDocument {
  const { header } = matrix
  const source =
    PUBLISHED_SOURCES[header.baseline.id] ?? PUBLISHED_SOURCES[header.catalog] ?? header.catalog
  const components = header.services.map((service): OscalComponent => {
    const rows = matrix.rows
      .map((row) => ({
        ...row,
        provider: row.provider.filter((s) => s.service === service.id),
        customer: row.customer.filter((s) => s.service === service.id),
        shared: row.shared.filter((s) => s.service === service.id),
      }))
      .filter((row) => row.provider.length + row.customer.length + row.shared.length > 0)
    const requirements = rows.map((row) => toRequirement(service.id, row, options))
    return {
      uuid: stableUuid('component', service.id),
      type: 'service',
      title: service.name,
      description: `${service.name}, run by ${service.provider}: who implements each ${header.baseline.name} requirement its security documentation addresses.`,
      props: [...prop('provider', service.provider)],
      ...(requirements.length > 0
        ? {
            'control-implementations': [
              {
                uuid: stableUuid('matrix-implementation', service.id, header.baseline.id),
                source,
                description: `${header.baseline.name} customer responsibility matrix of ${service.name}: ${requirements.length} of ${matrix.totals.requirements} requirements addressed by the documentation.`,
                props: [
                  ...prop('baseline', header.baseline.id),
                  ...prop(
                    'not-addressed',
                    String(matrix.totals.requirements - requirements.length),
                  ),
                ],
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
        'matrix-component-definition',
        header.graph.contentHash,
        header.baseline.id,
        ...header.services.map((s) => s.id),
      ),
      metadata,
      ...nonEmpty('components', components),
    },
  }
}
