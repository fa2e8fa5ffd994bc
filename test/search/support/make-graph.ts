import type {
  Control,
  Graph,
  Program,
  Section,
  Service,
  Source,
  Topic,
} from '../../../src/model/index.ts'
import { SCHEMA_VERSION } from '../../../src/model/index.ts'

/** What a test states about a control; everything else gets a plain default. */
export type ControlSeed = Partial<Control> & Pick<Control, 'statement'>

/** What a test states about a graph. */
export interface GraphSeed {
  controls?: ControlSeed[]
  topics?: (Partial<Topic> & Pick<Topic, 'id' | 'title'>)[]
  sections?: (Partial<Section> & Pick<Section, 'id' | 'title' | 'topic'>)[]
  programs?: Program[]
}

const SOURCE: Source = { file: 'page.md', line: 1, column: 1, headingPath: [] }

/** Default program vocabulary of the test graphs (shaped like content/programs.yml entries). */
export const TEST_PROGRAMS: Program[] = [
  program('fips-140-2', 'FIPS 140-2', ['FIPS 140-2', 'FIPS-140-2', 'FIPS PUB 140-2']),
  program('pci-3ds', 'PCI 3DS', ['PCI 3DS', 'PCI-3DS', '3-D Secure']),
  program('pci-dss', 'PCI DSS', [
    'PCI DSS',
    'PCI-DSS',
    'Payment Card Industry Data Security Standard',
  ]),
  program('soc-2', 'SOC 2', ['SOC 2', 'SOC2', 'SOC-2']),
]

/** A complete, valid `Graph` around the given nodes, for search tests without the build pipeline. */
export function makeGraph(seed: GraphSeed): Graph {
  const topicSeeds = seed.topics ?? [{ id: 'svc.security', title: 'Security in Example Service' }]
  const topics: Topic[] = topicSeeds.map((topic) => ({
    service: 'svc',
    anchor: topic.id.split('.').pop() ?? topic.id,
    parent: null,
    children: [],
    source: SOURCE,
    ...topic,
  }))
  const sections: Section[] = (seed.sections ?? []).map((section) => ({
    anchor: section.id.split('.').pop() ?? section.id,
    depth: 2,
    pseudo: false,
    parent: null,
    source: SOURCE,
    ...section,
  }))
  const defaultTopic = topics[0]?.id ?? 'svc.security'
  const controls: Control[] = (seed.controls ?? []).map((control, index) => ({
    id: `${defaultTopic}.c${index + 1}`,
    service: 'svc',
    topic: defaultTopic,
    section: null,
    kind: 'requirement',
    owner: 'customer',
    programs: [],
    source: SOURCE,
    origin: 'inferred',
    confidence: 0.8,
    references: [],
    requirements: [],
    supports: [],
    ...control,
  }))
  const services: Service[] = [
    { id: 'svc', name: 'Example Service', provider: 'AWS', rootTopic: defaultTopic, dir: '.' },
  ]
  return {
    schemaVersion: SCHEMA_VERSION,
    contentHash: 'sha256:test',
    builtAt: '2026-01-01T00:00:00.000Z',
    services,
    topics,
    sections,
    controls,
    programs: seed.programs ?? TEST_PROGRAMS,
    requirements: [],
    attestations: [],
    links: [],
    diagnostics: [],
  }
}

function program(id: string, name: string, aliases: string[]): Program {
  return {
    id,
    name,
    aliases,
    kind: 'standard',
    issuer: 'Test',
    url: `https://example.test/${id}`,
    coverage: null,
  }
}
