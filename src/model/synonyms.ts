/**
 * Names that mean the same safeguard or technology: acronyms and their spelled-out forms, one
 * entry per idea. THE list of these words: the concept table builds its patterns from it
 * (`synonymPattern`) and search expands queries with it, so "MFA", "2FA" and "multi-factor
 * authentication" are one thing to both.
 */
export interface Synonym {
  /** Permanent kebab-case name. */
  name: string
  /** The names, as written in documentation; hyphens and spaces between parts are optional. */
  names: readonly string[]
}

export const SYNONYMS = [
  {
    name: 'multi-factor-authentication',
    names: [
      'multi-factor authentication',
      'multi-factor',
      'MFA',
      '2FA',
      'two-factor authentication',
      'two-factor',
      'second factor',
    ],
  },
  {
    name: 'transport-layer-security',
    names: [
      'TLS',
      'SSL',
      'HTTPS',
      'mTLS',
      'mutual TLS',
      'transport layer security',
      'secure sockets layer',
      'secure socket layer',
    ],
  },
  { name: 'server-side-encryption', names: ['server-side encryption', 'SSE', 'SSE-KMS', 'SSE-S3'] },
  { name: 'key-management-service', names: ['KMS', 'key management service', 'key management'] },
  { name: 'hardware-security-module', names: ['HSM', 'hardware security module'] },
  { name: 'single-sign-on', names: ['SSO', 'single sign-on'] },
  { name: 'role-based-access-control', names: ['RBAC', 'role-based access control'] },
  { name: 'attribute-based-access-control', names: ['ABAC', 'attribute-based access control'] },
  { name: 'web-application-firewall', names: ['WAF', 'web application firewall'] },
  {
    name: 'denial-of-service',
    names: ['DDoS', 'DoS', 'denial of service', 'distributed denial of service'],
  },
  { name: 'public-key-infrastructure', names: ['PKI', 'public key infrastructure'] },
  { name: 'virtual-private-cloud', names: ['VPC', 'virtual private cloud'] },
  { name: 'point-in-time-recovery', names: ['PITR', 'point-in-time recovery'] },
  {
    name: 'personal-data',
    names: ['PII', 'personally identifiable information', 'personal data', 'personal information'],
  },
] as const satisfies readonly Synonym[]

/** Names of the entries: a typo in a concept pattern fails `tsc`. */
export type SynonymName = (typeof SYNONYMS)[number]['name']

const byName = new Map<string, Synonym>(SYNONYMS.map((entry) => [entry.name, entry]))

/** One name as a pattern: hyphen or space between its parts, optional plural. */
const namePattern = (name: string): string =>
  name
    .split(/[- ]/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[- ]?') + 's?'

/**
 * A regex source matching any name of the entries, longest first, for the concept patterns
 * (without word boundaries: the pattern around it sets them).
 */
export function synonymPattern(...names: SynonymName[]): string {
  const all = names.flatMap((name) => byName.get(name)?.names ?? [])
  return `(?:${[...all]
    .sort((a, b) => b.length - a.length)
    .map(namePattern)
    .join('|')})`
}
