import type { Attestation } from '../model/attestation.ts'
import type { Control } from '../model/control.ts'
import type { Link } from '../model/link.ts'
import type { Program } from '../model/program.ts'
import type { Evidence } from './checklist.ts'

/** Links of the graph indexed for evidence look-ups. */
export interface LinkIndex {
  byId: Map<string, Link>
  byTopic: Map<string, Link[]>
}

export function createLinkIndex(links: Link[]): LinkIndex {
  const byId = new Map<string, Link>()
  const byTopic = new Map<string, Link[]>()
  for (const link of links) {
    byId.set(link.id, link)
    const list = byTopic.get(link.from) ?? []
    list.push(link)
    byTopic.set(link.from, list)
  }
  return { byId, byTopic }
}

/**
 * What the customer should obtain to rely on an inherited claim, only from what the docs state:
 * - the certificate or report number stated with an attestation, with the link that carries it
 *   (whatever its site);
 * - external links the statement carries;
 * - for attestations in a section devoted to the program (its heading names it), also the other
 *   external links of that section: the docs put the certificate, report or announcement link
 *   in a sentence next to the claim. Links to the program's own site are left out: they
 *   describe the program rather than this service's standing.
 */
export function collectEvidence(
  control: Control,
  attestation: Attestation | null,
  program: Program | null,
  links: LinkIndex,
): Evidence[] {
  const own = control.references.map((id) => links.byId.get(id))
  const nearby =
    attestation && program && headingNames(control.source.headingPath, program)
      ? (links.byTopic.get(control.topic) ?? []).filter((l) =>
          sameHeadings(l.source.headingPath, control.source.headingPath),
        )
      : []
  const external = [...own, ...nearby].filter(
    (l): l is Link => l !== undefined && l.kind === 'external',
  )

  const evidence: Evidence[] = []
  const seen = new Set<string>()
  const certificate = attestation?.certificate ?? null
  if (certificate !== null) {
    // The link that carries the number, wherever it points (certificates often sit on the
    // program's own site, e.g. NIST's CMVP pages for FIPS 140).
    const number = new RegExp(`(^|\\D)${escapeRegExp(certificate)}(\\D|$)`)
    const link = external.find((l) => number.test(l.text) || number.test(l.href)) ?? null
    const name = program?.name ?? attestation?.program ?? ''
    evidence.push({ text: `${name} certificate #${certificate}`.trim(), href: link?.href ?? null })
    if (link) seen.add(link.href)
  }
  const programHost = program ? hostOf(program.url) : null
  for (const link of external) {
    if (seen.has(link.href)) continue
    if (programHost !== null && hostOf(link.href) === programHost) continue
    seen.add(link.href)
    evidence.push({ text: link.text.trim() || link.href, href: link.href })
  }
  return evidence
}

/** Whether the innermost heading names the program: a section devoted to it. */
function headingNames(headingPath: string[], program: Program): boolean {
  const words = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `
  const heading = words(headingPath.at(-1) ?? '')
  return [program.name, ...program.aliases].some((name) => heading.includes(words(name)))
}

function sameHeadings(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((title, i) => title === b[i])
}

function hostOf(href: string): string | null {
  try {
    return new URL(href).host.replace(/^www\./, '').toLowerCase()
  } catch {
    return null
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
