import type { Change } from '../change.ts'
import {
  changeLabel,
  formatSources,
  formatValue,
  showsText,
  stateDetails,
} from '../describe-change.ts'
import type { FeedEntry } from './change-feed.ts'

export interface AtomOptions {
  /** IRI identifying the feed, permanent, e.g. `tag:secgraph,2026:changes` or the feed URL. */
  feedId: string
  title: string
  /** Absolute URL the feed is served at (`link rel="self"`). */
  selfUrl: string
  /** ISO 8601 time of the newest change, usually the current graph's `builtAt`. */
  updated: string
  /** Feed author (default `secgraph`). */
  author?: string
  /** Where an entry links to (default: the feed URL with the change id as fragment). */
  entryUrl?: (entry: FeedEntry) => string
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * Stable entry id: the same change between the same two content versions always gets the same id,
 * so feed readers never show it twice. Tag URI (RFC 4151) over the new content hash and change id.
 */
export function entryId(entry: FeedEntry): string {
  const hash = entry.to.replace(/^sha256:/, '')
  const id = encodeURIComponent(entry.change.id).replace(/%2F/gi, '/')
  return `tag:secgraph,2026:${hash}/${id}`
}

function entryTitle(change: Change): string {
  const state = change.after ?? change.before
  const text = state?.text ?? ''
  const short = text.length > 100 ? `${text.slice(0, 99)}…` : text
  return `${change.node} ${changeLabel(change)}: ${short}`
}

function entrySummary(entry: FeedEntry): string {
  const { change } = entry
  const lines = [`${change.node} ${(change.after ?? change.before)?.id ?? ''} ${change.type}`]
  if (change.similarity !== null) lines.push(`matched by statement similarity ${change.similarity}`)
  if (showsText(change)) lines.push((change.after ?? change.before)?.text ?? '')
  const details = change.fields.length === 0 ? stateDetails(change) : ''
  if (details) lines.push(details)
  for (const f of change.fields) {
    lines.push(`${f.field}: ${formatValue(f.before)} -> ${formatValue(f.after)}`)
  }
  lines.push(`source: ${formatSources(change.before)} -> ${formatSources(change.after)}`)
  return lines.join('\n')
}

/** The changes as an Atom 1.0 feed (RFC 4287): one entry per change, plain-text content. */
export function renderAtom(entries: readonly FeedEntry[], options: AtomOptions): string {
  const link =
    options.entryUrl ?? ((e: FeedEntry) => `${options.selfUrl}#${encodeURIComponent(e.change.id)}`)
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(options.feedId)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${escapeXml(options.updated)}</updated>`,
    `  <author><name>${escapeXml(options.author ?? 'secgraph')}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    '  <generator>secgraph</generator>',
  ]
  for (const entry of entries) {
    const { change } = entry
    out.push(
      '  <entry>',
      `    <id>${escapeXml(entryId(entry))}</id>`,
      `    <title>${escapeXml(entryTitle(change))}</title>`,
      `    <updated>${escapeXml(entry.updated)}</updated>`,
      `    <link rel="alternate" href="${escapeXml(link(entry))}"/>`,
      `    <category term="${escapeXml(change.type)}" label="${escapeXml(change.type)}"/>`,
      `    <category term="${escapeXml(change.node)}"/>`,
      `    <category term="${escapeXml(`service:${change.service}`)}"/>`,
      `    <content type="text">${escapeXml(entrySummary(entry))}</content>`,
      '  </entry>',
    )
  }
  out.push('</feed>')
  return `${out.join('\n')}\n`
}
