import type { Graph } from '../../../src/model/graph.ts'
import type { Program } from '../../../src/model/program.ts'
import type { Requirement, RequirementMapping } from '../../../src/model/requirement.ts'
import type { ProgramCoverage } from '../../../src/scope/index.ts'
import { makeGraph } from './make-graph.ts'

const CATALOG = 'nist-800-53-r5'

function requirement(
  controlId: string,
  label: string,
  title: string,
  baselines: string[],
): Requirement {
  const base = controlId.split('.')[0] as string
  return {
    id: `${CATALOG}:${controlId}`,
    catalog: CATALOG,
    controlId,
    label,
    title,
    family: base.split('-')[0] as string,
    parent: controlId.includes('.') ? `${CATALOG}:${base}` : null,
    baselines,
    related: [],
  }
}

const mapping = (controlId: string, relation: RequirementMapping['relation']) => ({
  requirement: `${CATALOG}:${controlId}`,
  relation,
  confidence: 0.8,
  origin: 'inferred' as const,
  rationale: 'test mapping',
})

/**
 * Which fixture controls map to which requirements (written for these tests, not by the mapper).
 * SC-28(1) is in no baseline, so the control mapped only to it supports none.
 */
const MAPPINGS: Record<string, RequirementMapping[]> = {
  'vault.security.all-keys-encrypted-rest-aaa111': [mapping('sc-28', 'implements')],
  'vault.data-protection.encryption-rest.rotate-your-keys-bbb222': [mapping('sc-28.1', 'supports')],
  'vault.data-protection.encryption-transit.use-tls-ddd444': [mapping('sc-8', 'implements')],
  'vault.data-protection.encryption-transit.shared-certs-eee555': [mapping('sc-8.1', 'supports')],
  'queue.security.restrict-access-jjj000': [mapping('ac-2', 'supports')],
}

/**
 * The API fixture graph with requirement-level data as the mapper provides it: a few NIST SP
 * 800-53 requirements (an unmapped one too), two baselines, and mappings on four controls.
 */
export function makeMappedGraph(): Graph {
  const graph = structuredClone(makeGraph())
  const requirements: Requirement[] = [
    requirement('ac-2', 'AC-2', 'Account Management', ['fedramp-moderate', 'nist-moderate']),
    requirement('ia-2', 'IA-2', 'Identification and Authentication', ['fedramp-moderate']),
    requirement('ia-2.1', 'IA-2(1)', 'Multi-factor Authentication', ['fedramp-moderate']),
    requirement('sc-8', 'SC-8', 'Transmission Confidentiality and Integrity', ['fedramp-moderate']),
    requirement('sc-8.1', 'SC-8(1)', 'Cryptographic Protection', ['fedramp-moderate']),
    requirement('sc-28', 'SC-28', 'Protection of Information at Rest', [
      'fedramp-moderate',
      'nist-moderate',
    ]),
    requirement('sc-28.1', 'SC-28(1)', 'Cryptographic Protection', []),
  ]
  const baseline = (id: string, name: string): Program & { coverage: ProgramCoverage } => ({
    id,
    name,
    aliases: [name],
    kind: 'framework',
    issuer: 'NIST',
    url: 'https://csrc.nist.gov/',
    coverage: { catalog: CATALOG, via: 'baseline' },
  })
  const programs = [
    ...graph.programs.map((p) => ({ ...p, coverage: null })),
    baseline('fedramp-moderate', 'FedRAMP Moderate'),
    baseline('nist-moderate', 'NIST SP 800-53 Moderate'),
  ].sort((a, b) => a.id.localeCompare(b.id))
  const reqById = new Map(requirements.map((r) => [r.id, r]))
  const controls = graph.controls.map((c) => {
    const requirements = MAPPINGS[c.id] ?? []
    const supports = [
      ...new Set(requirements.flatMap((m) => reqById.get(m.requirement)?.baselines ?? [])),
    ].sort()
    return { ...c, requirements, supports }
  })
  for (const id of Object.keys(MAPPINGS)) {
    if (!graph.controls.some((c) => c.id === id)) throw new Error(`no fixture control ${id}`)
  }
  return { ...graph, programs, controls, requirements } as Graph
}
