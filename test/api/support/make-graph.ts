import type { Control, ControlKind, Graph, Owner, Source } from '../../../src/model/index.ts'
import { SCHEMA_VERSION } from '../../../src/model/index.ts'

function source(file: string, line: number, headingPath: string[]): Source {
  return { file, line, column: 1, headingPath }
}

function control(
  id: string,
  fields: {
    topic: string
    section: string | null
    statement: string
    kind: ControlKind
    owner: Owner
    programs?: string[]
    annotated?: boolean
    references?: string[]
    line: number
  },
): Control {
  const service = fields.topic.split('.')[0] as string
  return {
    id,
    service,
    topic: fields.topic,
    section: fields.section,
    statement: fields.statement,
    kind: fields.kind,
    owner: fields.owner,
    programs: fields.programs ?? [],
    source: source(`${service}/${fields.topic.split('.')[1]}.md`, fields.line, ['Page']),
    origin: fields.annotated ? 'annotated' : 'inferred',
    confidence: fields.annotated ? 1 : 0.8,
    references: fields.references ?? [],
    requirements: [],
    supports: [],
  }
}

/**
 * A small, hand-made graph: two services, six topics (one nested two levels, one
 * unreachable from the Topics lists), sections,
 * an unreachable page,
 * twelve controls covering every owner, kind and origin, three programs, attestations and links.
 * Statements include HTML-special characters to prove escaping.
 */
export function makeGraph(): Graph {
  const controls: Control[] = [
    control('vault.security.all-keys-encrypted-rest-aaa111', {
      topic: 'vault.security',
      section: null,
      line: 3,
      kind: 'guarantee',
      owner: 'provider',
      statement: 'All keys are encrypted at rest.',
      programs: ['fips-140-2'],
    }),
    control('vault.data-protection.encryption-rest.rotate-your-keys-bbb222', {
      topic: 'vault.data-protection',
      section: 'vault.data-protection.encryption-rest',
      line: 5,
      kind: 'recommendation',
      owner: 'customer',
      statement: 'Rotate your keys every year.',
      references: ['vault.data-protection.link-1'],
    }),
    control('vault.data-protection.encryption-rest.hsm-validated-ccc333', {
      topic: 'vault.data-protection',
      section: 'vault.data-protection.encryption-rest',
      line: 7,
      kind: 'guarantee',
      owner: 'provider',
      statement: 'The HSMs are validated at FIPS 140-2 Level 3.',
      programs: ['fips-140-2'],
    }),
    control('vault.data-protection.encryption-transit.use-tls-ddd444', {
      topic: 'vault.data-protection',
      section: 'vault.data-protection.encryption-transit',
      line: 12,
      kind: 'requirement',
      owner: 'customer',
      statement: 'You must use TLS 1.2 or later <always>.',
      annotated: true,
    }),
    control('vault.data-protection.encryption-transit.shared-certs-eee555', {
      topic: 'vault.data-protection',
      section: 'vault.data-protection.encryption-transit',
      line: 14,
      kind: 'requirement',
      owner: 'shared',
      statement: 'Certificates & keys are managed jointly.',
      programs: ['pci-dss'],
    }),
    control('vault.compliance.pci-attested-fff666', {
      topic: 'vault.compliance',
      section: null,
      line: 3,
      kind: 'guarantee',
      owner: 'provider',
      statement: 'Vault is PCI DSS compliant.',
      programs: ['pci-dss'],
    }),
    control('vault.compliance.soc-reports-ggg777', {
      topic: 'vault.compliance',
      section: null,
      line: 5,
      kind: 'capability',
      owner: 'provider',
      statement: 'SOC 2 reports are available on request.',
      programs: ['soc-2'],
    }),
    control('vault.logging.enable-audit-logs-hhh888', {
      topic: 'vault.logging',
      section: null,
      line: 3,
      kind: 'recommendation',
      owner: 'customer',
      statement: 'Enable audit logs for every cluster.',
      annotated: true,
    }),
    control('queue.security.messages-encrypted-iii999', {
      topic: 'queue.security',
      section: 'queue.security.encryption',
      line: 5,
      kind: 'guarantee',
      owner: 'provider',
      statement: 'Messages are encrypted in transit and at rest.',
      programs: ['pci-dss', 'soc-2'],
    }),
    control('queue.security.restrict-access-jjj000', {
      topic: 'queue.security',
      section: 'queue.security.encryption',
      line: 7,
      kind: 'requirement',
      owner: 'customer',
      statement: 'Restrict access to queues with IAM policies.',
    }),
    control('queue.security.shared-keys-kkk111', {
      topic: 'queue.security',
      section: null,
      line: 2,
      kind: 'capability',
      owner: 'shared',
      statement: 'Keys can be brought by the customer.',
      programs: ['fips-140-2'],
    }),
    control('queue.security.monitor-queues-lll222', {
      topic: 'queue.security',
      section: null,
      line: 9,
      kind: 'recommendation',
      owner: 'customer',
      statement: 'Monitor queue depth and encryption settings.',
    }),
  ]
  return {
    schemaVersion: SCHEMA_VERSION,
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
      {
        id: 'vault',
        name: 'Example Vault',
        provider: 'AWS',
        rootTopic: 'vault.security',
        dir: 'vault',
      },
    ],
    topics: [
      {
        id: 'vault.security',
        service: 'vault',
        title: 'Security in Example Vault',
        anchor: 'security',
        parent: null,
        children: ['vault.data-protection', 'vault.compliance'],
        source: source('vault/security.md', 1, []),
      },
      {
        id: 'vault.data-protection',
        service: 'vault',
        title: 'Data protection',
        anchor: 'data-protection',
        parent: 'vault.security',
        children: ['vault.logging'],
        source: source('vault/data-protection.md', 1, []),
      },
      {
        id: 'vault.logging',
        service: 'vault',
        title: 'Logging & monitoring',
        anchor: 'logging',
        parent: 'vault.data-protection',
        children: [],
        source: source('vault/logging.md', 1, []),
      },
      {
        id: 'vault.compliance',
        service: 'vault',
        title: 'Compliance validation',
        anchor: 'compliance',
        parent: 'vault.security',
        children: [],
        source: source('vault/compliance.md', 1, []),
      },
      {
        // A page no Topics list reaches (built with allPages): parentless, not the root.
        id: 'vault.archive',
        service: 'vault',
        title: 'Archived notes',
        anchor: 'archive',
        parent: null,
        children: [],
        source: source('vault/archive.md', 1, []),
      },
      {
        id: 'queue.security',
        service: 'queue',
        title: 'Security in Example Queue',
        anchor: 'security',
        parent: null,
        children: [],
        source: source('queue/security.md', 1, []),
      },
    ],
    sections: [
      {
        id: 'vault.data-protection.encryption-rest',
        topic: 'vault.data-protection',
        title: 'Encryption at rest',
        anchor: 'encryption-rest',
        depth: 2,
        pseudo: false,
        parent: null,
        source: source('vault/data-protection.md', 4, ['Data protection']),
      },
      {
        id: 'vault.data-protection.encryption-transit',
        topic: 'vault.data-protection',
        title: 'Encryption in transit',
        anchor: 'encryption-transit',
        depth: 2,
        pseudo: false,
        parent: null,
        source: source('vault/data-protection.md', 10, ['Data protection']),
      },
      {
        id: 'queue.security.encryption',
        topic: 'queue.security',
        title: 'Encryption',
        anchor: 'encryption',
        depth: 2,
        pseudo: true,
        parent: null,
        source: source('queue/security.md', 4, ['Security in Example Queue']),
      },
    ],
    controls: [
      ...controls.filter((c) => c.service === 'vault'),
      ...controls.filter((c) => c.service === 'queue'),
    ],
    programs: [
      {
        id: 'fips-140-2',
        name: 'FIPS 140-2',
        aliases: ['FIPS 140-2'],
        kind: 'standard',
        issuer: 'NIST',
        url: 'https://csrc.nist.gov/',
        coverage: null,
      },
      {
        id: 'pci-dss',
        name: 'PCI DSS',
        aliases: ['PCI DSS', 'PCI-DSS'],
        kind: 'standard',
        issuer: 'PCI SSC',
        url: 'https://www.pcisecuritystandards.org/',
        coverage: null,
      },
      {
        id: 'soc-2',
        name: 'SOC 2',
        aliases: ['SOC 2', 'SOC2'],
        kind: 'attestation',
        issuer: 'AICPA',
        url: 'https://www.aicpa-cima.com/',
        coverage: null,
      },
    ],
    requirements: [],
    attestations: [
      {
        id: 'vault.fips-140-2',
        service: 'vault',
        program: 'fips-140-2',
        level: 'Level 3',
        certificate: null,
        since: null,
        control: 'vault.data-protection.encryption-rest.hsm-validated-ccc333',
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
        from: 'vault.data-protection',
        control: 'vault.data-protection.encryption-rest.rotate-your-keys-bbb222',
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
        source: source('vault/security.md', 8, []),
      },
      {
        id: 'queue.security.link-1',
        kind: 'internal',
        href: '../vault/data-protection.md#encryption-rest',
        text: 'vault encryption',
        from: 'queue.security',
        control: null,
        target: 'vault.data-protection.encryption-rest',
        source: source('queue/security.md', 10, []),
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
