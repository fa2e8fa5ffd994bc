import type {
  Attestation,
  Control,
  Diagnostic,
  Graph,
  Link,
  Program,
  Requirement,
  RequirementMapping,
  Section,
  Service,
  Source,
  Topic,
} from '../../src/model/index.ts'
import { SCHEMA_VERSION } from '../../src/model/index.ts'

/**
 * The one synthetic graph of the tests, in our own words. `createTestGraph()` wraps the nodes a
 * test states in a complete, valid `Graph` (every field the test leaves out gets a plain default),
 * or starts from one of the hand-made examples below:
 *
 * | example    | services                      | what it exercises                                      |
 * | ---------- | ----------------------------- | ------------------------------------------------------ |
 * | `vault`    | Example Vault, Example Queue  | the API: every owner, kind and origin, nesting, an unreachable page, attestations, links, diagnostics, HTML-special text |
 * | `keystore` | Acme Keystore, Acme Queue     | checklists: scoping, attestations and evidence links, Markdown and spreadsheet metacharacters |
 * | `search`   | Example Service               | search: every searchable field, ids that say what each control is |
 *
 * `mapped: true` adds requirement-level data as the mapper provides it (a few NIST SP 800-53
 * requirements, two baselines, mappings on some controls); only `vault` defines mappings.
 * Each call returns a fresh graph, so a test may change it freely.
 */
export interface TestGraphOptions extends GraphSeed {
  example?: TestGraphExample
  mapped?: boolean
}

export type TestGraphExample = 'vault' | 'keystore' | 'search'

/** What a test states about a control; everything else gets a plain default. */
export type ControlSeed = Partial<Control> & Pick<Control, 'statement'>
export type TopicSeed = Partial<Topic> & Pick<Topic, 'id' | 'title'>
export type SectionSeed = Partial<Section> & Pick<Section, 'id' | 'title' | 'topic'>

/** What a test (or an example) states about a graph; a list given replaces the example's. */
export interface GraphSeed {
  contentHash?: string
  builtAt?: string
  services?: Service[]
  topics?: TopicSeed[]
  sections?: SectionSeed[]
  controls?: ControlSeed[]
  programs?: Program[]
  attestations?: Attestation[]
  links?: Link[]
  diagnostics?: Diagnostic[]
}

/** The service the extraction tests classify sentences for (the `vault` example's). */
export const EXAMPLE_VAULT: Service = {
  id: 'vault',
  name: 'Example Vault',
  provider: 'AWS',
  rootTopic: 'vault.security',
  dir: 'vault',
}

export function createTestGraph(options: TestGraphOptions = {}): Graph {
  const { example, mapped = false, ...seed } = options
  const base = example === undefined ? {} : EXAMPLES[example]()
  const graph = wrapGraph({ ...base, ...seed })
  if (!mapped) return graph
  if (example !== 'vault') throw new Error('mapped: only the vault example defines mappings')
  return addMappings(graph)
}

// ── The builder ─────────────────────────────────────────────────────────────────────────────

const PAGE: Source = { file: 'page.md', line: 1, column: 1, headingPath: [] }

/** The defaults overridden by what the seed states, in the defaults' key order (JSON output keeps it). */
function seeded<T extends object>(seed: Partial<T>, defaults: T): T {
  return { ...defaults, ...seed }
}

const lastSegment = (id: string): string => id.split('.').pop() ?? id

function wrapGraph(seed: GraphSeed): Graph {
  const topics: Topic[] = (
    seed.topics ?? [{ id: 'svc.security', title: 'Security in Example Service' }]
  ).map((topic) =>
    seeded<Topic>(topic, {
      id: topic.id,
      service: topic.id.split('.')[0] ?? topic.id,
      title: topic.title,
      anchor: lastSegment(topic.id),
      parent: null,
      children: [],
      source: PAGE,
    }),
  )
  const sections: Section[] = (seed.sections ?? []).map((section) =>
    seeded<Section>(section, {
      id: section.id,
      topic: section.topic,
      title: section.title,
      anchor: lastSegment(section.id),
      depth: 2,
      pseudo: false,
      parent: null,
      source: PAGE,
    }),
  )
  const firstTopic = topics[0]?.id ?? 'svc.security'
  const controls: Control[] = (seed.controls ?? []).map((control, index) => {
    const topic = control.topic ?? firstTopic
    return seeded<Control>(control, {
      id: `${topic}.c${index + 1}`,
      service: topic.split('.')[0] ?? topic,
      topic,
      section: null,
      statement: control.statement,
      kind: 'requirement',
      owner: 'customer',
      programs: [],
      source: PAGE,
      origin: 'inferred',
      confidence: 0.8,
      references: [],
      requirements: [],
      supports: [],
    })
  })
  return structuredClone({
    schemaVersion: SCHEMA_VERSION,
    contentHash: seed.contentHash ?? 'sha256:test',
    builtAt: seed.builtAt ?? '2026-01-01T00:00:00.000Z',
    services: seed.services ?? [
      { id: 'svc', name: 'Example Service', provider: 'AWS', rootTopic: firstTopic, dir: '.' },
    ],
    topics,
    sections,
    controls,
    programs: seed.programs ?? TEST_PROGRAMS,
    requirements: [],
    attestations: seed.attestations ?? [],
    links: seed.links ?? [],
    diagnostics: seed.diagnostics ?? [],
  })
}

function source(file: string, line: number, headingPath: string[] = []): Source {
  return { file, line, column: 1, headingPath }
}

function program(
  id: string,
  name: string,
  aliases: string[],
  fields: Pick<Program, 'kind' | 'issuer' | 'url'>,
): Program {
  return { id, name, aliases, ...fields, coverage: null }
}

/** The default program vocabulary (shaped like content/programs.yml entries). */
export const TEST_PROGRAMS: Program[] = [
  ['fips-140-2', 'FIPS 140-2', ['FIPS 140-2', 'FIPS-140-2', 'FIPS PUB 140-2']] as const,
  ['pci-3ds', 'PCI 3DS', ['PCI 3DS', 'PCI-3DS', '3-D Secure']] as const,
  [
    'pci-dss',
    'PCI DSS',
    ['PCI DSS', 'PCI-DSS', 'Payment Card Industry Data Security Standard'],
  ] as const,
  ['soc-2', 'SOC 2', ['SOC 2', 'SOC2', 'SOC-2']] as const,
].map(([id, name, aliases]) =>
  program(id, name, [...aliases], {
    kind: 'standard',
    issuer: 'Test',
    url: `https://example.test/${id}`,
  }),
)

const EXAMPLES: Record<TestGraphExample, () => GraphSeed> = {
  vault: vaultExample,
  keystore: keystoreExample,
  search: searchExample,
}

// ── vault: the API's graph ──────────────────────────────────────────────────────────────────

/**
 * Two services, six topics (one nested two levels, one a page no Topics list reaches), sections,
 * twelve controls covering every owner, kind and origin, three programs, attestations and links.
 * Statements include HTML-special characters to prove escaping.
 */
function vaultExample(): GraphSeed {
  const at = (topic: string, line: number): Source =>
    source(`${topic.split('.')[0]}/${topic.split('.')[1]}.md`, line, ['Page'])
  const c = (
    id: string,
    topic: string,
    section: string | null,
    line: number,
    kind: Control['kind'],
    owner: Control['owner'],
    statement: string,
    more: Partial<Control> = {},
  ): ControlSeed => ({
    id,
    topic,
    section,
    statement,
    kind,
    owner,
    source: at(topic, line),
    ...more,
  })
  const annotated = { origin: 'annotated', confidence: 1 } as const
  const dp = 'vault.data-protection'
  const rest = `${dp}.encryption-rest`
  const transit = `${dp}.encryption-transit`
  const vaultTopic = (id: string, title: string, parent: string | null, children: string[]) => ({
    id,
    title,
    parent,
    children,
    source: source(`${id.replace('.', '/')}.md`, 1),
  })
  return {
    contentHash: 'sha256:' + 'ab'.repeat(32),
    builtAt: '2026-11-28T12:00:00.000Z',
    services: [
      {
        id: 'queue',
        name: 'Example Queue',
        provider: 'AWS',
        rootTopic: 'queue.security',
        dir: 'queue',
      },
      { ...EXAMPLE_VAULT },
    ],
    topics: [
      vaultTopic('vault.security', 'Security in Example Vault', null, [dp, 'vault.compliance']),
      vaultTopic(dp, 'Data protection', 'vault.security', ['vault.logging']),
      vaultTopic('vault.logging', 'Logging & monitoring', dp, []),
      vaultTopic('vault.compliance', 'Compliance validation', 'vault.security', []),
      // A page no Topics list reaches (built with allPages): parentless, not the root.
      vaultTopic('vault.archive', 'Archived notes', null, []),
      vaultTopic('queue.security', 'Security in Example Queue', null, []),
    ],
    sections: [
      {
        id: rest,
        topic: dp,
        title: 'Encryption at rest',
        source: source('vault/data-protection.md', 4, ['Data protection']),
      },
      {
        id: transit,
        topic: dp,
        title: 'Encryption in transit',
        source: source('vault/data-protection.md', 10, ['Data protection']),
      },
      {
        id: 'queue.security.encryption',
        topic: 'queue.security',
        title: 'Encryption',
        pseudo: true,
        source: source('queue/security.md', 4, ['Security in Example Queue']),
      },
    ],
    controls: [
      c(
        'vault.security.all-keys-encrypted-rest-aaa111',
        'vault.security',
        null,
        3,
        'guarantee',
        'provider',
        'All keys are encrypted at rest.',
        { programs: ['fips-140-2'] },
      ),
      c(
        `${rest}.rotate-your-keys-bbb222`,
        dp,
        rest,
        5,
        'recommendation',
        'customer',
        'Rotate your keys every year.',
        { references: ['vault.data-protection.link-1'] },
      ),
      c(
        `${rest}.hsm-validated-ccc333`,
        dp,
        rest,
        7,
        'guarantee',
        'provider',
        'The HSMs are validated at FIPS 140-2 Level 3.',
        { programs: ['fips-140-2'] },
      ),
      c(
        `${transit}.use-tls-ddd444`,
        dp,
        transit,
        12,
        'requirement',
        'customer',
        'You must use TLS 1.2 or later <always>.',
        annotated,
      ),
      c(
        `${transit}.shared-certs-eee555`,
        dp,
        transit,
        14,
        'requirement',
        'shared',
        'Certificates & keys are managed jointly.',
        { programs: ['pci-dss'] },
      ),
      c(
        'vault.compliance.pci-attested-fff666',
        'vault.compliance',
        null,
        3,
        'guarantee',
        'provider',
        'Vault is PCI DSS compliant.',
        { programs: ['pci-dss'] },
      ),
      c(
        'vault.compliance.soc-reports-ggg777',
        'vault.compliance',
        null,
        5,
        'capability',
        'provider',
        'SOC 2 reports are available on request.',
        { programs: ['soc-2'] },
      ),
      c(
        'vault.logging.enable-audit-logs-hhh888',
        'vault.logging',
        null,
        3,
        'recommendation',
        'customer',
        'Enable audit logs for every cluster.',
        annotated,
      ),
      c(
        'queue.security.messages-encrypted-iii999',
        'queue.security',
        'queue.security.encryption',
        5,
        'guarantee',
        'provider',
        'Messages are encrypted in transit and at rest.',
        { programs: ['pci-dss', 'soc-2'] },
      ),
      c(
        'queue.security.restrict-access-jjj000',
        'queue.security',
        'queue.security.encryption',
        7,
        'requirement',
        'customer',
        'Restrict access to queues with IAM policies.',
      ),
      c(
        'queue.security.shared-keys-kkk111',
        'queue.security',
        null,
        2,
        'capability',
        'shared',
        'Keys can be brought by the customer.',
        { programs: ['fips-140-2'] },
      ),
      c(
        'queue.security.monitor-queues-lll222',
        'queue.security',
        null,
        9,
        'recommendation',
        'customer',
        'Monitor queue depth and encryption settings.',
      ),
    ],
    programs: [
      program('fips-140-2', 'FIPS 140-2', ['FIPS 140-2'], {
        kind: 'standard',
        issuer: 'NIST',
        url: 'https://csrc.nist.gov/',
      }),
      program('pci-dss', 'PCI DSS', ['PCI DSS', 'PCI-DSS'], {
        kind: 'standard',
        issuer: 'PCI SSC',
        url: 'https://www.pcisecuritystandards.org/',
      }),
      program('soc-2', 'SOC 2', ['SOC 2', 'SOC2'], {
        kind: 'attestation',
        issuer: 'AICPA',
        url: 'https://www.aicpa-cima.com/',
      }),
    ],
    attestations: [
      {
        id: 'vault.fips-140-2',
        service: 'vault',
        program: 'fips-140-2',
        level: 'Level 3',
        certificate: null,
        since: null,
        control: `${rest}.hsm-validated-ccc333`,
        source: source('vault/data-protection.md', 7, ['Data protection', 'Encryption at rest']),
      },
      {
        id: 'vault.pci-dss',
        service: 'vault',
        program: 'pci-dss',
        level: null,
        certificate: null,
        since: 'January 2023',
        control: 'vault.compliance.pci-attested-fff666',
        source: source('vault/compliance.md', 3, ['Compliance validation']),
      },
      {
        id: 'queue.pci-dss',
        service: 'queue',
        program: 'pci-dss',
        level: null,
        certificate: '42',
        since: null,
        control: 'queue.security.messages-encrypted-iii999',
        source: source('queue/security.md', 5, ['Security in Example Queue', 'Encryption']),
      },
    ],
    links: [
      {
        id: 'vault.data-protection.link-1',
        kind: 'internal',
        href: 'logging.md',
        text: 'logging',
        from: dp,
        control: `${rest}.rotate-your-keys-bbb222`,
        target: 'vault.logging',
        source: source('vault/data-protection.md', 5, ['Data protection']),
      },
      {
        id: 'vault.security.link-1',
        kind: 'external',
        href: 'https://example.com/a?b=<c>',
        text: 'docs',
        from: 'vault.security',
        control: null,
        target: null,
        source: source('vault/security.md', 8),
      },
      {
        id: 'queue.security.link-1',
        kind: 'internal',
        href: '../vault/data-protection.md#encryption-rest',
        text: 'vault encryption',
        from: 'queue.security',
        control: null,
        target: rest,
        source: source('queue/security.md', 10),
      },
    ],
    diagnostics: [
      {
        code: 'broken-link',
        severity: 'warning',
        message: 'Link target not found.',
        hint: 'Fix the link.',
        file: 'vault/security.md',
        line: 9,
        column: 3,
      },
      {
        code: 'annotation-syntax',
        severity: 'error',
        message: 'Unparseable annotation.',
        hint: 'Check the syntax.',
        file: 'vault/logging.md',
        line: 2,
        column: 1,
      },
    ],
  }
}

const CATALOG = 'nist-800-53-r5'

/** Requirement-level data for the `vault` example, written for these tests, not by the mapper. */
function addMappings(graph: Graph): Graph {
  const requirement = (
    controlId: string,
    label: string,
    title: string,
    baselines: string[],
  ): Requirement => {
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
  const mapping = (
    controlId: string,
    relation: RequirementMapping['relation'],
  ): RequirementMapping => ({
    requirement: `${CATALOG}:${controlId}`,
    relation,
    confidence: 0.8,
    origin: 'inferred',
    rationale: 'test mapping',
  })
  // SC-28(1) is in no baseline, so the control mapped only to it supports none.
  const mappings: Record<string, RequirementMapping[]> = {
    'vault.security.all-keys-encrypted-rest-aaa111': [mapping('sc-28', 'implements')],
    'vault.data-protection.encryption-rest.rotate-your-keys-bbb222': [
      mapping('sc-28.1', 'supports'),
    ],
    'vault.data-protection.encryption-transit.use-tls-ddd444': [mapping('sc-8', 'implements')],
    'vault.data-protection.encryption-transit.shared-certs-eee555': [mapping('sc-8.1', 'supports')],
    'queue.security.restrict-access-jjj000': [mapping('ac-2', 'supports')],
  }
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
  const baseline = (id: string, name: string): Program => ({
    id,
    name,
    aliases: [name],
    kind: 'framework',
    issuer: 'NIST',
    url: 'https://csrc.nist.gov/',
    coverage: { catalog: CATALOG, via: 'baseline' },
  })
  const programs = [
    ...graph.programs,
    baseline('fedramp-moderate', 'FedRAMP Moderate'),
    baseline('nist-moderate', 'NIST SP 800-53 Moderate'),
  ].sort((a, b) => a.id.localeCompare(b.id))
  const reqById = new Map(requirements.map((r) => [r.id, r]))
  for (const id of Object.keys(mappings)) {
    if (!graph.controls.some((c) => c.id === id)) throw new Error(`no example control ${id}`)
  }
  const controls = graph.controls.map((c) => {
    const requirements = mappings[c.id] ?? []
    const supports = [
      ...new Set(requirements.flatMap((m) => reqById.get(m.requirement)?.baselines ?? [])),
    ].sort()
    return { ...c, requirements, supports }
  })
  return { ...graph, programs, controls, requirements }
}

// ── keystore: the checklists' graph ─────────────────────────────────────────────────────────

/**
 * Two services of a fictional provider "Acme": `keystore` exercises scoping, attestations and
 * evidence; `queue` carries statements full of Markdown and spreadsheet metacharacters.
 */
function keystoreExample(): GraphSeed {
  const KS = 'keystore'
  const dp = 'keystore.data-protection'
  const bk = 'keystore.backups'
  const co = 'keystore.compliance'
  const ROOT_FILE = 'keystore/security.md'
  const DP_FILE = 'keystore/data-protection.md'
  const BK_FILE = 'keystore/backups.md'
  const CO_FILE = 'keystore/compliance.md'
  const QUEUE_FILE = 'queue/security.md'
  const FIPS_HEAD = ['Compliance', 'FIPS 140-2 validation']
  const PCI_HEAD = ['Compliance', 'PCI DSS compliance']
  const acme = (id: string, name: string, aliases: string[], url: string): Program =>
    program(id, name, aliases, { kind: 'certification', issuer: 'Example body', url })
  const topic = (
    id: string,
    title: string,
    file: string,
    parent: string | null,
    children: string[],
  ): TopicSeed => ({
    id,
    title,
    parent,
    children,
    source: source(file, 1, [title]),
  })
  const c = (
    id: string,
    topic: string,
    section: string | null,
    at: Source,
    kind: Control['kind'],
    owner: Control['owner'],
    statement: string,
    more: Partial<Control> = {},
  ): ControlSeed => ({ id, topic, section, statement, kind, owner, source: at, ...more })
  const link = (
    n: number,
    href: string,
    text: string,
    control: string | null,
    at: Source,
  ): Link => ({
    id: `${co}.link-${n}`,
    kind: href.startsWith('http') ? 'external' : 'internal',
    href,
    text,
    from: co,
    control,
    target: null,
    source: at,
  })
  const attestation = (
    id: string,
    prog: string,
    control: string,
    at: Source,
    more: Partial<Attestation> = {},
  ): Attestation => ({
    id,
    service: KS,
    program: prog,
    level: null,
    certificate: null,
    since: null,
    control,
    source: at,
    ...more,
  })
  const validated = `${co}.fips.keystore-modules-are-validated-iiiiii`
  const meets = `${co}.keystore-meets-pci-dss-and-hhhhhh`
  const root = (line: number) => source(ROOT_FILE, line, ['Security in Acme Keystore'])
  const dpAt = (line: number) => source(DP_FILE, line, ['Protecting data in Acme Keystore'])
  const queueAt = (line: number) => source(QUEUE_FILE, line, ['Security in Acme Queue'])
  return {
    contentHash: 'sha256:0123456789abcdef',
    builtAt: '2026-01-02T03:04:05.000Z',
    services: [
      { id: KS, name: 'Acme Keystore', provider: 'Acme', rootTopic: 'keystore.security', dir: KS },
      {
        id: 'queue',
        name: 'Acme Queue',
        provider: 'Acme',
        rootTopic: 'queue.security',
        dir: 'queue',
      },
    ],
    topics: [
      topic('keystore.security', 'Security in Acme Keystore', ROOT_FILE, null, [dp, co]),
      topic(dp, 'Protecting data in Acme Keystore', DP_FILE, 'keystore.security', [bk]),
      topic(bk, 'Backups', BK_FILE, dp, []),
      topic(co, 'Compliance', CO_FILE, 'keystore.security', []),
      topic('queue.security', 'Security in Acme Queue', QUEUE_FILE, null, []),
    ],
    sections: [
      {
        id: `${co}.fips`,
        topic: co,
        title: 'FIPS 140-2 validation',
        pseudo: true,
        source: source(CO_FILE, 5, FIPS_HEAD),
      },
      {
        id: `${co}.pci`,
        topic: co,
        title: 'PCI DSS compliance',
        pseudo: true,
        source: source(CO_FILE, 9, PCI_HEAD),
      },
    ],
    controls: [
      c(
        'keystore.security.acme-replaces-failed-hardware-aaaaaa',
        'keystore.security',
        null,
        root(3),
        'guarantee',
        'provider',
        'Acme replaces failed hardware without any customer action.',
      ),
      c(
        'keystore.security.you-must-rotate-user-passwords-bbbbbb',
        'keystore.security',
        null,
        root(5),
        'requirement',
        'customer',
        'You must rotate user passwords every 90 days.',
      ),
      c(
        `${dp}.keystore-offers-cluster-wide-logging-cccccc`,
        dp,
        null,
        dpAt(3),
        'capability',
        'provider',
        'Keystore offers cluster-wide audit logging.',
      ),
      c(
        `${dp}.for-pci-dss-workloads-enable-dddddd`,
        dp,
        null,
        dpAt(5),
        'recommendation',
        'customer',
        'For PCI DSS workloads, enable audit log export to your own account.',
        { programs: ['pci-dss'] },
      ),
      c(
        `${dp}.patching-client-software-is-shared-eeeeee`,
        dp,
        null,
        dpAt(7),
        'requirement',
        'shared',
        'Patching client software is shared: Acme publishes fixes and you install them.',
      ),
      c(
        `${bk}.you-can-copy-backups-to-ffffff`,
        bk,
        null,
        source(BK_FILE, 3, ['Backups']),
        'capability',
        'customer',
        'You can copy backups to another region.',
      ),
      c(
        `${bk}.under-pci-pin-keep-pin-gggggg`,
        bk,
        null,
        source(BK_FILE, 5, ['Backups']),
        'requirement',
        'customer',
        'Under PCI PIN, keep PIN keys in a dedicated cluster.',
        { programs: ['pci-pin'] },
      ),
      c(
        meets,
        co,
        null,
        source(CO_FILE, 3, ['Compliance']),
        'guarantee',
        'provider',
        'Keystore meets PCI DSS and SOC 2 requirements.',
        { programs: ['pci-dss', 'soc-2'] },
      ),
      c(
        validated,
        co,
        `${co}.fips`,
        source(CO_FILE, 6, FIPS_HEAD),
        'guarantee',
        'provider',
        'Keystore modules are validated under FIPS 140-2 at Level 3 (Certificate #1234).',
        { programs: ['fips-140-2'], references: [`${co}.link-1`] },
      ),
      c(
        `${co}.pci.keystore-is-pci-dss-compliant-jjjjjj`,
        co,
        `${co}.pci`,
        source(CO_FILE, 10, PCI_HEAD),
        'guarantee',
        'provider',
        'Keystore is PCI DSS compliant.',
        { programs: ['pci-dss'] },
      ),
      c(
        `${co}.pci.customers-must-scope-their-kkkkkk`,
        co,
        `${co}.pci`,
        source(CO_FILE, 11, PCI_HEAD),
        'requirement',
        'customer',
        'Customers must scope their own cardholder data environment.',
        { programs: ['pci-dss'] },
      ),
      c(
        'queue.security.formula-1',
        'queue.security',
        null,
        queueAt(3),
        'requirement',
        'customer',
        '=HYPERLINK("http://evil.example","click")',
      ),
      c(
        'queue.security.formula-2',
        'queue.security',
        null,
        queueAt(4),
        'requirement',
        'customer',
        '-2+3 is a sum, @SUM(A1) too, and +1 as well',
      ),
      c(
        'queue.security.formula-3',
        'queue.security',
        null,
        queueAt(5),
        'recommendation',
        'shared',
        '\tTabbed start, with "quotes", commas and a\nline break',
      ),
      c(
        'queue.security.markdown-4',
        'queue.security',
        null,
        queueAt(6),
        'recommendation',
        'customer',
        'Use *stars*, _underscores_, `code`, [brackets](x), <b>tags</b>, &amp; entities, a | pipe, ~~strike~~, ! and # signs \\ backslash.',
      ),
    ],
    programs: [
      acme('fips-140-2', 'FIPS 140-2', ['FIPS 140-2', 'FIPS 140'], 'https://csrc.nist.gov/fips'),
      acme(
        'pci-dss',
        'PCI DSS',
        ['PCI-DSS', 'Payment Card Industry DSS'],
        'https://www.pcisecuritystandards.org/dss',
      ),
      acme('pci-pin', 'PCI PIN', ['PCI-PIN'], 'https://www.pcisecuritystandards.org/pin'),
      acme('soc-2', 'SOC 2', ['SOC2'], 'https://www.aicpa.org/soc2'),
    ],
    links: [
      link(
        1,
        'https://csrc.nist.gov/certificate/1234',
        'Certificate #1234',
        validated,
        source(CO_FILE, 6, FIPS_HEAD),
      ),
      link(
        2,
        'https://csrc.nist.gov/fips/overview',
        'About FIPS',
        null,
        source(CO_FILE, 7, FIPS_HEAD),
      ),
      link(
        3,
        'https://www.pcisecuritystandards.org/',
        'PCI council',
        null,
        source(CO_FILE, 10, PCI_HEAD),
      ),
      link(4, 'https://acme.example/pci-faq', 'Acme PCI FAQ', null, source(CO_FILE, 12, PCI_HEAD)),
      // In the page intro, whose heading names no program: not evidence for the claims there.
      link(5, 'https://acme.example/blog', 'Acme blog', null, source(CO_FILE, 4, ['Compliance'])),
    ],
    attestations: [
      attestation('keystore.pci-dss', 'pci-dss', meets, source(CO_FILE, 3, ['Compliance'])),
      attestation('keystore.soc-2', 'soc-2', meets, source(CO_FILE, 3, ['Compliance'])),
      attestation('keystore.fips-140-2', 'fips-140-2', validated, source(CO_FILE, 6, FIPS_HEAD), {
        level: 'Level 3',
        certificate: '1234',
      }),
      attestation(
        'keystore.pci-dss-2',
        'pci-dss',
        `${co}.pci.keystore-is-pci-dss-compliant-jjjjjj`,
        source(CO_FILE, 10, PCI_HEAD),
        { since: 'March 2024' },
      ),
    ],
  }
}

// ── search: the search tests' graph ─────────────────────────────────────────────────────────

/** A small graph exercising every searchable field, with ids that say what each control is. */
function searchExample(): GraphSeed {
  const dp = 'svc.data-protection'
  const c = (
    id: string,
    topic: string,
    owner: Control['owner'],
    kind: Control['kind'],
    statement: string,
    more: Partial<Control> = {},
  ): ControlSeed => ({ id, statement, topic, owner, kind, ...more })
  return {
    topics: [
      { id: 'svc.security', title: 'Security in Example Service' },
      { id: dp, title: 'Data protection', parent: 'svc.security' },
      { id: 'svc.compliance', title: 'Compliance validation', parent: 'svc.security' },
    ],
    sections: [
      { id: `${dp}.rest`, title: 'Encryption at rest', topic: dp },
      { id: `${dp}.transit`, title: 'Key rotation', topic: dp },
    ],
    controls: [
      c('rotate', dp, 'customer', 'recommendation', 'Rotate your keys every year.', {
        section: `${dp}.transit`,
      }),
      c('at-rest', dp, 'provider', 'guarantee', 'Data is encrypted at rest with AES-256.', {
        section: `${dp}.rest`,
      }),
      c('backups', dp, 'provider', 'guarantee', 'Backups are stored in another Region.', {
        section: `${dp}.rest`,
      }),
      c(
        'tls',
        dp,
        'customer',
        'requirement',
        'Use TLS 1.2 certificates and encryption for every connection.',
        {
          origin: 'annotated',
          confidence: 1,
        },
      ),
      c(
        'soc',
        'svc.compliance',
        'provider',
        'guarantee',
        'The service is in scope of SOC 2 and PCI 3DS assessments.',
        {
          programs: ['pci-3ds', 'soc-2'],
        },
      ),
      c(
        'dss',
        'svc.compliance',
        'shared',
        'requirement',
        'Cardholder data handling is assessed each year.',
        {
          programs: ['pci-dss'],
        },
      ),
      c('fips', 'svc.compliance', 'provider', 'capability', 'The HSMs are validated at Level 3.', {
        programs: ['fips-140-2'],
      }),
      c(
        'keys-rotate',
        'svc.security',
        'shared',
        'recommendation',
        'Rotate keys after staff leave.',
        { service: 'other' },
      ),
    ],
  }
}
