import type { Attestation } from '../../../src/model/attestation.ts'
import type { Control, ControlKind, Owner } from '../../../src/model/control.ts'
import type { Graph } from '../../../src/model/graph.ts'
import { SCHEMA_VERSION } from '../../../src/model/graph.ts'
import type { Link } from '../../../src/model/link.ts'
import type { Program } from '../../../src/model/program.ts'
import type { Section } from '../../../src/model/section.ts'
import type { Source } from '../../../src/model/source.ts'
import type { Topic } from '../../../src/model/topic.ts'

/*
 * A small hand-made graph in our own words: two services of a fictional provider "Acme".
 * `keystore` exercises scoping, attestations and evidence; `queue` carries statements full of
 * Markdown and spreadsheet metacharacters.
 */

const programs: Program[] = [
  program('fips-140-2', 'FIPS 140-2', ['FIPS 140-2', 'FIPS 140'], 'https://csrc.nist.gov/fips'),
  program(
    'pci-dss',
    'PCI DSS',
    ['PCI-DSS', 'Payment Card Industry DSS'],
    'https://www.pcisecuritystandards.org/dss',
  ),
  program('pci-pin', 'PCI PIN', ['PCI-PIN'], 'https://www.pcisecuritystandards.org/pin'),
  program('soc-2', 'SOC 2', ['SOC2'], 'https://www.aicpa.org/soc2'),
]

function program(id: string, name: string, aliases: string[], url: string): Program {
  return { id, name, aliases, kind: 'certification', issuer: 'Example body', url, coverage: null }
}

function source(file: string, line: number, headingPath: string[]): Source {
  return { file, line, column: 1, headingPath }
}

function topic(
  id: string,
  service: string,
  title: string,
  file: string,
  parent: string | null,
  children: string[],
): Topic {
  const anchor = id.slice(service.length + 1)
  return { id, service, title, anchor, parent, children, source: source(file, 1, [title]) }
}

interface ControlSpec {
  id: string
  topic: string
  section?: string | null
  statement: string
  kind: ControlKind
  owner: Owner
  programs?: string[]
  line: number
  file: string
  headings: string[]
  references?: string[]
}

function control(spec: ControlSpec): Control {
  return {
    id: spec.id,
    service: spec.id.split('.')[0] ?? '',
    topic: spec.topic,
    section: spec.section ?? null,
    statement: spec.statement,
    kind: spec.kind,
    owner: spec.owner,
    programs: spec.programs ?? [],
    source: source(spec.file, spec.line, spec.headings),
    origin: 'inferred',
    confidence: 0.8,
    references: spec.references ?? [],
    requirements: [],
    supports: [],
  }
}

function link(
  id: string,
  from: string,
  href: string,
  text: string,
  controlId: string | null,
  src: Source,
): Link {
  return {
    id,
    kind: href.startsWith('http') ? 'external' : 'internal',
    href,
    text,
    from,
    control: controlId,
    target: null,
    source: src,
  }
}

const KS = 'keystore'
const dp = 'keystore.data-protection'
const bk = 'keystore.backups'
const co = 'keystore.compliance'
const DP_FILE = 'keystore/data-protection.md'
const BK_FILE = 'keystore/backups.md'
const CO_FILE = 'keystore/compliance.md'
const ROOT_FILE = 'keystore/security.md'

const topics: Topic[] = [
  topic('keystore.security', KS, 'Security in Acme Keystore', ROOT_FILE, null, [dp, co]),
  topic(dp, KS, 'Protecting data in Acme Keystore', DP_FILE, 'keystore.security', [bk]),
  topic(bk, KS, 'Backups', BK_FILE, dp, []),
  topic(co, KS, 'Compliance', CO_FILE, 'keystore.security', []),
  topic('queue.security', 'queue', 'Security in Acme Queue', 'queue/security.md', null, []),
]

const sections: Section[] = [
  {
    id: `${co}.fips`,
    topic: co,
    title: 'FIPS 140-2 validation',
    anchor: 'fips',
    depth: 2,
    pseudo: true,
    parent: null,
    source: source(CO_FILE, 5, ['Compliance', 'FIPS 140-2 validation']),
  },
  {
    id: `${co}.pci`,
    topic: co,
    title: 'PCI DSS compliance',
    anchor: 'pci',
    depth: 2,
    pseudo: true,
    parent: null,
    source: source(CO_FILE, 9, ['Compliance', 'PCI DSS compliance']),
  },
]

const FIPS_HEAD = ['Compliance', 'FIPS 140-2 validation']
const PCI_HEAD = ['Compliance', 'PCI DSS compliance']

const controls: Control[] = [
  control({
    id: 'keystore.security.acme-replaces-failed-hardware-aaaaaa',
    topic: 'keystore.security',
    statement: 'Acme replaces failed hardware without any customer action.',
    kind: 'guarantee',
    owner: 'provider',
    line: 3,
    file: ROOT_FILE,
    headings: ['Security in Acme Keystore'],
  }),
  control({
    id: 'keystore.security.you-must-rotate-user-passwords-bbbbbb',
    topic: 'keystore.security',
    statement: 'You must rotate user passwords every 90 days.',
    kind: 'requirement',
    owner: 'customer',
    line: 5,
    file: ROOT_FILE,
    headings: ['Security in Acme Keystore'],
  }),
  control({
    id: 'keystore.data-protection.keystore-offers-cluster-wide-logging-cccccc',
    topic: dp,
    statement: 'Keystore offers cluster-wide audit logging.',
    kind: 'capability',
    owner: 'provider',
    line: 3,
    file: DP_FILE,
    headings: ['Protecting data in Acme Keystore'],
  }),
  control({
    id: 'keystore.data-protection.for-pci-dss-workloads-enable-dddddd',
    topic: dp,
    statement: 'For PCI DSS workloads, enable audit log export to your own account.',
    kind: 'recommendation',
    owner: 'customer',
    programs: ['pci-dss'],
    line: 5,
    file: DP_FILE,
    headings: ['Protecting data in Acme Keystore'],
  }),
  control({
    id: 'keystore.data-protection.patching-client-software-is-shared-eeeeee',
    topic: dp,
    statement: 'Patching client software is shared: Acme publishes fixes and you install them.',
    kind: 'requirement',
    owner: 'shared',
    line: 7,
    file: DP_FILE,
    headings: ['Protecting data in Acme Keystore'],
  }),
  control({
    id: 'keystore.backups.you-can-copy-backups-to-ffffff',
    topic: bk,
    statement: 'You can copy backups to another region.',
    kind: 'capability',
    owner: 'customer',
    line: 3,
    file: BK_FILE,
    headings: ['Backups'],
  }),
  control({
    id: 'keystore.backups.under-pci-pin-keep-pin-gggggg',
    topic: bk,
    statement: 'Under PCI PIN, keep PIN keys in a dedicated cluster.',
    kind: 'requirement',
    owner: 'customer',
    programs: ['pci-pin'],
    line: 5,
    file: BK_FILE,
    headings: ['Backups'],
  }),
  control({
    id: 'keystore.compliance.keystore-meets-pci-dss-and-hhhhhh',
    topic: co,
    statement: 'Keystore meets PCI DSS and SOC 2 requirements.',
    kind: 'guarantee',
    owner: 'provider',
    programs: ['pci-dss', 'soc-2'],
    line: 3,
    file: CO_FILE,
    headings: ['Compliance'],
  }),
  control({
    id: 'keystore.compliance.fips.keystore-modules-are-validated-iiiiii',
    topic: co,
    section: `${co}.fips`,
    statement: 'Keystore modules are validated under FIPS 140-2 at Level 3 (Certificate #1234).',
    kind: 'guarantee',
    owner: 'provider',
    programs: ['fips-140-2'],
    line: 6,
    file: CO_FILE,
    headings: FIPS_HEAD,
    references: ['keystore.compliance.link-1'],
  }),
  control({
    id: 'keystore.compliance.pci.keystore-is-pci-dss-compliant-jjjjjj',
    topic: co,
    section: `${co}.pci`,
    statement: 'Keystore is PCI DSS compliant.',
    kind: 'guarantee',
    owner: 'provider',
    programs: ['pci-dss'],
    line: 10,
    file: CO_FILE,
    headings: PCI_HEAD,
  }),
  control({
    id: 'keystore.compliance.pci.customers-must-scope-their-kkkkkk',
    topic: co,
    section: `${co}.pci`,
    statement: 'Customers must scope their own cardholder data environment.',
    kind: 'requirement',
    owner: 'customer',
    programs: ['pci-dss'],
    line: 11,
    file: CO_FILE,
    headings: PCI_HEAD,
  }),
  control({
    id: 'queue.security.formula-1',
    topic: 'queue.security',
    statement: '=HYPERLINK("http://evil.example","click")',
    kind: 'requirement',
    owner: 'customer',
    line: 3,
    file: 'queue/security.md',
    headings: ['Security in Acme Queue'],
  }),
  control({
    id: 'queue.security.formula-2',
    topic: 'queue.security',
    statement: '-2+3 is a sum, @SUM(A1) too, and +1 as well',
    kind: 'requirement',
    owner: 'customer',
    line: 4,
    file: 'queue/security.md',
    headings: ['Security in Acme Queue'],
  }),
  control({
    id: 'queue.security.formula-3',
    topic: 'queue.security',
    statement: '\tTabbed start, with "quotes", commas and a\nline break',
    kind: 'recommendation',
    owner: 'shared',
    line: 5,
    file: 'queue/security.md',
    headings: ['Security in Acme Queue'],
  }),
  control({
    id: 'queue.security.markdown-4',
    topic: 'queue.security',
    statement:
      'Use *stars*, _underscores_, `code`, [brackets](x), <b>tags</b>, &amp; entities, a | pipe, ~~strike~~, ! and # signs \\ backslash.',
    kind: 'recommendation',
    owner: 'customer',
    line: 6,
    file: 'queue/security.md',
    headings: ['Security in Acme Queue'],
  }),
]

const links: Link[] = [
  link(
    'keystore.compliance.link-1',
    co,
    'https://csrc.nist.gov/certificate/1234',
    'Certificate #1234',
    'keystore.compliance.fips.keystore-modules-are-validated-iiiiii',
    source(CO_FILE, 6, FIPS_HEAD),
  ),
  link(
    'keystore.compliance.link-2',
    co,
    'https://csrc.nist.gov/fips/overview',
    'About FIPS',
    null,
    source(CO_FILE, 7, FIPS_HEAD),
  ),
  link(
    'keystore.compliance.link-3',
    co,
    'https://www.pcisecuritystandards.org/',
    'PCI council',
    null,
    source(CO_FILE, 10, PCI_HEAD),
  ),
  link(
    'keystore.compliance.link-4',
    co,
    'https://acme.example/pci-faq',
    'Acme PCI FAQ',
    null,
    source(CO_FILE, 12, PCI_HEAD),
  ),
  // In the page intro, whose heading names no program: not evidence for the claims there.
  link(
    'keystore.compliance.link-5',
    co,
    'https://acme.example/blog',
    'Acme blog',
    null,
    source(CO_FILE, 4, ['Compliance']),
  ),
]

const attestations: Attestation[] = [
  attestation(
    'keystore.pci-dss',
    'pci-dss',
    'keystore.compliance.keystore-meets-pci-dss-and-hhhhhh',
    3,
    ['Compliance'],
  ),
  attestation(
    'keystore.soc-2',
    'soc-2',
    'keystore.compliance.keystore-meets-pci-dss-and-hhhhhh',
    3,
    ['Compliance'],
  ),
  {
    ...attestation(
      'keystore.fips-140-2',
      'fips-140-2',
      'keystore.compliance.fips.keystore-modules-are-validated-iiiiii',
      6,
      FIPS_HEAD,
    ),
    level: 'Level 3',
    certificate: '1234',
  },
  {
    ...attestation(
      'keystore.pci-dss-2',
      'pci-dss',
      'keystore.compliance.pci.keystore-is-pci-dss-compliant-jjjjjj',
      10,
      PCI_HEAD,
    ),
    since: 'March 2024',
  },
]

function attestation(
  id: string,
  prog: string,
  controlId: string,
  line: number,
  headings: string[],
): Attestation {
  return {
    id,
    service: KS,
    program: prog,
    level: null,
    certificate: null,
    since: null,
    control: controlId,
    source: source(CO_FILE, line, headings),
  }
}

/** A fresh copy each call, so a test may change it freely. */
export function createSampleGraph(): Graph {
  return structuredClone({
    schemaVersion: SCHEMA_VERSION,
    contentHash: 'sha256:0123456789abcdef',
    builtAt: '2026-01-02T03:04:05.000Z',
    services: [
      {
        id: 'keystore',
        name: 'Acme Keystore',
        provider: 'Acme',
        rootTopic: 'keystore.security',
        dir: 'keystore',
      },
      {
        id: 'queue',
        name: 'Acme Queue',
        provider: 'Acme',
        rootTopic: 'queue.security',
        dir: 'queue',
      },
    ],
    topics,
    sections,
    controls,
    programs,
    requirements: [],
    attestations,
    links,
    diagnostics: [],
  })
}
