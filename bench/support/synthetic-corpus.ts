/**
 * Synthetic content roots for scale tests: N services × M pages in the upstream dialect (`\.`
 * escapes, `+` bullets, `<a name>` title anchors, a **Topics** list on each chapter root, bold
 * pseudo-headings, internal and external links), written from templates in our own wording.
 * Deterministic for a given seed, so two runs build the same graph.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface SyntheticCorpusOptions {
  /** Number of services (one folder each). */
  services: number
  /** Pages per service, the root page included (at least 1). */
  pages: number
  /** PRNG seed (default 1). */
  seed?: number
}

export interface SyntheticCorpus {
  dir: string
  files: number
  bytes: number
  cleanup(): void
}

/** Small, fast, deterministic PRNG (mulberry32). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Service names are built from the digits of the service number, so 10 000 services stay unique.
const NAME_WORDS = [
  ['Amber', 'Basalt', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Garnet', 'Harbor', 'Indigo', 'Juniper'],
  ['Ledger', 'Relay', 'Vault', 'Beacon', 'Stream', 'Signal', 'Canvas', 'Depot', 'Forge', 'Mesh'],
  [
    'Gateway',
    'Registry',
    'Studio',
    'Exchange',
    'Catalog',
    'Pipeline',
    'Monitor',
    'Index',
    'Hub',
    'Grid',
  ],
  ['One', 'Prime', 'Edge', 'Core', 'Plus', 'Lite', 'Pro', 'Max', 'Go', 'Flex'],
]

function serviceName(index: number): string {
  const words: string[] = []
  let n = index
  for (const list of NAME_WORDS) {
    words.push(list[n % 10] as string)
    n = Math.floor(n / 10)
    if (n === 0 && words.length >= 3) break
  }
  return `AWS ${words.join(' ')}`
}

interface PageKind {
  file: string
  title: string
  topics: string[]
}

const PAGE_KINDS: PageKind[] = [
  { file: 'data-protection', title: 'Data protection in', topics: ['encryption', 'key handling'] },
  {
    file: 'identity-access-management',
    title: 'Identity and access management for',
    topics: ['authentication', 'permissions'],
  },
  { file: 'logging-monitoring', title: 'Logging and monitoring in', topics: ['audit trails'] },
  { file: 'compliance-validation', title: 'Compliance validation for', topics: ['audits'] },
  { file: 'resilience', title: 'Resilience in', topics: ['backups', 'recovery'] },
  { file: 'infrastructure-security', title: 'Infrastructure security in', topics: ['networks'] },
  { file: 'vpc-endpoints', title: 'Private connectivity for', topics: ['endpoints'] },
  { file: 'update-management', title: 'Update management in', topics: ['patching'] },
  { file: 'incident-response', title: 'Incident response for', topics: ['alerts'] },
  { file: 'configuration-analysis', title: 'Configuration analysis for', topics: ['drift'] },
]

const OBJECTS = [
  'the encryption keys',
  'your access policies',
  'the audit logs',
  'each backup',
  'the client certificates',
  'every API request',
  'the network routes',
  'the service roles',
  'the recovery points',
  'the administrator credentials',
  'the data at rest',
  'the connections to the service',
]
const ACTIONS = [
  'rotate',
  'review',
  'restrict access to',
  'encrypt',
  'monitor',
  'back up',
  'tag',
  'audit',
  'revoke',
  'validate',
]
const PROVIDER_DUTIES = [
  'patches the underlying hosts',
  'encrypts stored data with keys that it manages',
  'replicates metadata across Availability Zones',
  'isolates each tenant on dedicated network interfaces',
  'records every management call',
  'protects the physical data centers',
  'terminates TLS connections with modern cipher suites',
]
const FEATURES = [
  'key policies',
  'resource tags',
  'event rules',
  'access logs',
  'private endpoints',
]
const PROGRAMS = ['PCI DSS', 'SOC 2', 'ISO/IEC 27001', 'FedRAMP', 'HIPAA', 'FIPS 140-2', 'SOC 1']
const EXTERNAL = [
  ['AWS Compliance Programs', 'https://aws.amazon.com/compliance/programs/'],
  ['shared responsibility model', 'https://aws.amazon.com/compliance/shared-responsibility-model/'],
  ['security best practices', 'https://aws.amazon.com/architecture/security-identity-compliance/'],
]

/** Escapes the way the upstream guides do (`\.`, `\(`, `\-`). */
function escape(text: string): string {
  return text.replace(/([.()-])/g, '\\$1')
}

interface PageInput {
  serviceName: string
  short: string
  kind: PageKind
  siblings: PageKind[]
  random: () => number
}

function createSentences(input: PageInput): () => string {
  const { random, short, kind, siblings } = input
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  // Links are kept aside while the sentence is escaped, then put back verbatim.
  const raw: string[] = []
  const keep = (markdown: string): string => `\uE000${raw.push(markdown) - 1}\uE001`
  const link = (): string => {
    const other = pick(siblings)
    return keep(`[${escape(`${other.title} ${short}`)}](${other.file}.md#${other.file})`)
  }
  const external = (): string => {
    const [text, url] = pick(EXTERNAL)
    return keep(`[${text as string}](${url as string})`)
  }
  const templates: (() => string)[] = [
    () => `You must ${pick(ACTIONS)} ${pick(OBJECTS)} before you share them with other accounts.`,
    () => `You are responsible for deciding who can ${pick(ACTIONS)} ${pick(OBJECTS)}.`,
    () => `We recommend that you ${pick(ACTIONS)} ${pick(OBJECTS)} at least once a quarter.`,
    () => `As a best practice, ${pick(ACTIONS)} ${pick(OBJECTS)} with ${pick(FEATURES)}.`,
    () => `${short} ${pick(PROVIDER_DUTIES)}.`,
    () => `AWS ${pick(PROVIDER_DUTIES)} for ${short}.`,
    () => `You can ${pick(ACTIONS)} ${pick(OBJECTS)} with ${pick(FEATURES)}.`,
    () => `Customers should ${pick(ACTIONS)} ${pick(OBJECTS)} when a team member leaves.`,
    () => `${short} is in scope for ${pick(PROGRAMS)} and ${pick(PROGRAMS)}.`,
    () => `Third-party auditors assess ${short} as part of the ${pick(PROGRAMS)} program.`,
    () => `This page explains how ${pick(kind.topics)} works in ${short}.`,
    () => `For details, see ${link()}.`,
    () => `Read more about the ${external()}.`,
    () => `The ${pick(FEATURES)} of ${short} behave like those of other services.`,
    () => `If you ${pick(ACTIONS)} ${pick(OBJECTS)}, you must also update ${pick(OBJECTS)}.`,
  ]
  return () => {
    raw.length = 0
    return escape(pick(templates)()).replace(
      /\uE000(\d+)\uE001/g,
      (_, i: string) => raw[Number(i)] as string,
    )
  }
}

function paragraph(sentence: () => string, random: () => number): string {
  const count = 2 + Math.floor(random() * 3)
  return Array.from({ length: count }, sentence).join(' ')
}

function list(sentence: () => string, random: () => number): string {
  const count = 3 + Math.floor(random() * 3)
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? `+ ${sentence()}` : `+ **Step ${i + 1}** – ${sentence()}`,
  ).join('\n')
}

function writePage(input: PageInput, children: PageKind[], isRoot: boolean): string {
  const { random, kind, serviceName: name } = input
  const sentence = createSentences(input)
  const title = isRoot ? `Security in ${name}` : `${kind.title} ${name}`
  const out: string[] = [`# ${escape(title)}<a name="${isRoot ? 'security' : kind.file}"></a>`]
  out.push(paragraph(sentence, random))
  if (children.length > 0) {
    out.push(
      '**Topics**\n' +
        children.map((c) => `+ [${escape(`${c.title} ${name}`)}](${c.file}.md)`).join('\n'),
    )
  }
  const sections = isRoot ? 1 : 2 + Math.floor(random() * 2)
  for (let s = 0; s < sections; s++) {
    const heading = kind.topics[s % kind.topics.length] as string
    const anchor = `${heading.replace(/\s+/g, '-')}-${s + 1}`
    out.push(
      `## ${escape(heading[0]?.toUpperCase() + heading.slice(1))} ${s + 1}<a name="${anchor}"></a>`,
    )
    out.push(paragraph(sentence, random))
    if (random() < 0.6) out.push(list(sentence, random))
    if (random() < 0.4) out.push(`**Good practice ${s + 1}**`, paragraph(sentence, random))
  }
  return out.join('\n\n') + '\n'
}

/** Page kinds of a service with `pages` pages: the root, then kinds, numbered past the list. */
function pageKinds(pages: number): PageKind[] {
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => {
    const base = PAGE_KINDS[i % PAGE_KINDS.length] as PageKind
    const round = Math.floor(i / PAGE_KINDS.length)
    return round === 0 ? base : { ...base, file: `${base.file}-${round + 1}` }
  })
}

/** Writes the corpus into `dir` (which must exist) and returns its file count and size. */
export function writeSyntheticCorpus(
  dir: string,
  options: SyntheticCorpusOptions,
): { files: number; bytes: number } {
  const random = createRandom(options.seed ?? 1)
  let files = 0
  let bytes = 0
  const kinds = pageKinds(options.pages)
  // The second page holds the last one in its own Topics list: trees are two levels deep.
  const nested = kinds.length >= 3 ? kinds.slice(-1) : []
  const top = kinds.slice(0, kinds.length - nested.length)
  for (let s = 0; s < options.services; s++) {
    const name = serviceName(s)
    const folder = join(dir, `service-${String(s).padStart(4, '0')}`)
    mkdirSync(folder, { recursive: true })
    const short = name.replace(/^AWS /, '')
    const siblings =
      kinds.length > 0 ? kinds : [{ file: 'security', title: 'Security in', topics: [] }]
    const base = { serviceName: name, short, siblings, random }
    const write = (file: string, text: string) => {
      writeFileSync(join(folder, file), text)
      files++
      bytes += Buffer.byteLength(text)
    }
    const rootKind: PageKind = { file: 'security', title: 'Security in', topics: ['overview'] }
    write('security.md', writePage({ ...base, kind: rootKind }, top, true))
    kinds.forEach((kind, i) => {
      const children = i === 1 ? nested : []
      write(`${kind.file}.md`, writePage({ ...base, kind }, children, false))
    })
  }
  return { files, bytes }
}

/** Writes a corpus into a new temporary directory. */
export function createSyntheticCorpus(options: SyntheticCorpusOptions): SyntheticCorpus {
  const dir = mkdtempSync(
    join(tmpdir(), `secgraph-synthetic-${options.services}x${options.pages}-`),
  )
  const { files, bytes } = writeSyntheticCorpus(dir, options)
  return { dir, files, bytes, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
