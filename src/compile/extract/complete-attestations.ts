import type { Attestation } from '../../model/attestation.ts'
import type { Program } from '../../model/program.ts'
import { findFacts } from './find-attestations.ts'
import type { Facts } from './find-attestations.ts'
import type { ProgramFinder } from './find-programs.ts'

/** A claim's attestation with where its statement sits on the page. */
export interface ClaimSite {
  attestation: Attestation
  /** Index of the claim's statement among the page's statements. */
  index: number
  block: number
  section: string | null
}

/** One statement of the page (a control or not), in document order. */
export interface StatementSite {
  statement: string
  block: number
  section: string | null
  /** Page title, then enclosing section titles, outermost first. */
  headingPath: string[]
}

/**
 * Family word of each program, the first word of its name ("FIPS" for FIPS 140-2 and 140-3, "SOC"
 * for SOC 1–3, "ISO" for ISO/IEC 27001): a heading such as "FIPS validation of the hardware"
 * names the family, not a member of it.
 */
function families(programs: readonly Program[]): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>()
  for (const program of programs) {
    const word = program.name.trim().split(/[\s/]+/)[0]
    if (!word) continue
    const members = byWord.get(word) ?? new Set<string>()
    members.add(program.id)
    byWord.set(word, members)
  }
  return byWord
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Fills the level, certificate and date that a page states apart from its claims: "Certificate
 * #3254 was issued on August 2, 2018." in a list under a FIPS heading, a level given in the next
 * sentence. A fact goes to the claims of the program it names; failing that, to the claim right
 * before it in the same block; to the one program claimed in its section; to the program its
 * nearest heading names; or to the one claimed program of the family a heading or the sentence
 * names. Facts never overwrite what a claim states itself, and the first fact found wins.
 */
export function completeAttestations(
  claims: readonly ClaimSite[],
  statements: readonly StatementSite[],
  finder: ProgramFinder,
  programs: readonly Program[],
): void {
  if (claims.length === 0) return
  const claimIndexes = new Set(claims.map((claim) => claim.index))
  const familyPatterns = [...families(programs)].map(([word, members]) => ({
    members,
    pattern: new RegExp(`(?<![A-Za-z0-9])${escape(word)}(?![A-Za-z0-9])`),
  }))

  /** The claims of exactly one program among `candidates`, or none when they disagree. */
  const single = (candidates: readonly ClaimSite[]): ClaimSite[] => {
    const ids = new Set(candidates.map((claim) => claim.attestation.program))
    return ids.size === 1 ? [...candidates] : []
  }

  const targets = (site: StatementSite, index: number): ClaimSite[] => {
    const named = finder.find(site.statement)
    if (named.length > 0) return claims.filter((c) => named.includes(c.attestation.program))
    const adjacent = claims.filter((c) => c.index === index - 1 && c.block === site.block)
    if (adjacent.length > 0) return adjacent
    const inSection = single(claims.filter((c) => c.section === site.section))
    if (inSection.length > 0) return inSection
    const titles = [...site.headingPath].reverse()
    for (const title of titles) {
      const ids = finder.find(title)
      if (ids.length > 0) return claims.filter((c) => ids.includes(c.attestation.program))
    }
    for (const text of [site.statement, ...titles]) {
      for (const { members, pattern } of familyPatterns) {
        if (!pattern.test(text)) continue
        const inFamily = single(claims.filter((c) => members.has(c.attestation.program)))
        if (inFamily.length > 0) return inFamily
      }
    }
    return []
  }

  for (const [index, site] of statements.entries()) {
    if (claimIndexes.has(index)) continue
    const facts = findFacts(site.statement)
    if (!facts) continue
    const filled = new Set<string>()
    for (const claim of targets(site, index)) {
      // Several claims of one program: the fact completes the first one that lacks it.
      const program = claim.attestation.program
      for (const field of ['level', 'certificate', 'since'] as const satisfies (keyof Facts)[]) {
        const key = `${program} ${field}`
        if (facts[field] === null || claim.attestation[field] !== null || filled.has(key)) continue
        claim.attestation[field] = facts[field]
        filled.add(key)
      }
    }
  }
}
