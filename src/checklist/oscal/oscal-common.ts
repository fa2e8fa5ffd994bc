import type { GraphRef } from '../checklist.ts'
import { uuidV5 } from './uuid-v5.ts'

/** Namespace of secgraph's OSCAL props and part names. */
export const OSCAL_NS = 'https://secgraph.dev/ns/oscal'

/** `uuidV5(OSCAL_NS, <RFC 4122 URL namespace>)`: the root of every UUID the exports mint. */
export const UUID_NAMESPACE = 'df196b54-33ae-56a2-82a7-3c1d22a07582'

export const OSCAL_VERSION = '1.1.3'

export interface OscalProp {
  name: string
  value: string
  ns?: string
  remarks?: string
}

export interface OscalLink {
  href: string
  rel?: string
  text?: string
}

export interface OscalRole {
  id: string
  title: string
  description: string
}

/**
 * The parties of the shared-responsibility model as OSCAL roles: every component definition
 * (the checklist's and the matrix's) declares these, and `responsible-roles` name them.
 */
export const RESPONSIBLE_ROLES: readonly OscalRole[] = [
  {
    id: 'provider',
    title: 'Provider',
    description: 'Runs the service and implements the controls it provides.',
  },
  {
    id: 'customer',
    title: 'Customer',
    description: 'Uses the service and implements the controls left to it.',
  },
]

/** Metadata shared by the catalog and the component definition. */
export interface OscalMetadata {
  title: string
  'last-modified': string
  version: string
  'oscal-version': string
  props: OscalProp[]
  roles?: OscalRole[]
}

/** A UUID that depends only on what it names, so exports of the same content stay identical. */
export function stableUuid(...parts: string[]): string {
  return uuidV5(parts.join('\u0000'), UUID_NAMESPACE)
}

/** A prop in our namespace; OSCAL forbids empty or space-padded values, so those are dropped. */
export function prop(name: string, value: string, remarks?: string): OscalProp[] {
  const trimmed = value.replace(/\s+/g, ' ').trim()
  if (trimmed === '') return []
  return [{ name, value: trimmed, ns: OSCAL_NS, ...(remarks?.trim() ? { remarks } : {}) }]
}

/** Ids are slugs already; a leading digit or hyphen still has to be prefixed to be an NCName token. */
export function toToken(id: string): string {
  return /^[\p{L}_]/u.test(id) ? id : `_${id}`
}

/**
 * The graph behind an export. The version is the content hash, so two builds of the same content
 * export the same document apart from `last-modified`.
 */
export function createMetadata(
  title: string,
  graph: GraphRef,
  lastModified: string,
): OscalMetadata {
  return {
    title,
    'last-modified': lastModified,
    version: graph.contentHash,
    'oscal-version': OSCAL_VERSION,
    props: [
      ...prop('content-hash', graph.contentHash),
      ...prop('graph-schema-version', String(graph.schemaVersion)),
    ],
  }
}

/** Omits empty arrays, which OSCAL's schema rejects (`minItems: 1`). */
export function nonEmpty<K extends string, T>(key: K, items: T[]): Partial<Record<K, T[]>> {
  return items.length > 0 ? ({ [key]: items } as Record<K, T[]>) : {}
}
