import type { ProgramFinder } from './find-programs.ts'

/** A claim of compliance found in a statement, before ids and sources are attached. */
export interface Claim {
  program: string
  level: string | null
  certificate: string | null
  since: string | null
}

/** Wording by which a provider claims a program (checked on a provider guarantee). */
export const CLAIM =
  /\b(?:certified|certification|compliant|compliance|accredited|accreditation|attested|attestation|authori[sz]ed|authori[sz]ation|audited|assessed|validated|validation|eligible|in\s+scope|complies|comply|conforms?|adheres?|meets?|satisfies|implemented|achieved|obtained|reports?|includes?|including)\b/i

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december'
const LEVEL = /\b(?:security\s+|impact\s+)?level\s+(\d+|[IVX]+|high|moderate|low)\b/i
const CERTIFICATE =
  /\b(?:certificate|cert\.?|certificate\s+number|report)\s*(?:no\.?|number|#)?\s*[:#]?\s*#?\s*([A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)\b|#\s*(\d{3,})\b/i
const SINCE = new RegExp(
  `\\bsince\\s+((?:(?:${MONTHS})\\s+(?:\\d{1,2},\\s+)?\\d{4})|(?:\\d{4}-\\d{2}(?:-\\d{2})?)|(?:\\d{4}))\\b`,
  'i',
)

const title = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()
const capitalize = (text: string): string => text.replace(/\b\w/, (c) => c.toUpperCase())
const levelName = (value: string): string =>
  `Level ${/^\d+$|^[IVX]+$/i.test(value) ? value.toUpperCase() : title(value)}`

/**
 * The programs a provider guarantee claims, each with the level, certificate and date stated
 * for it. Details are read from the stretch of the statement that starts at the program's name
 * and runs to the next program's name (or from the whole statement when it names one program),
 * so "FIPS 140-2 Level 3 certified (Certificate #4218)" keeps its level and certificate.
 * When the statement names no program, the programs of its innermost heading are claimed.
 */
export function findClaims(
  statement: string,
  programs: ProgramFinder,
  headingPrograms: readonly string[],
): Claim[] {
  if (!CLAIM.test(statement)) return []
  const matches = programs.matches(statement)
  const scopes: { program: string; text: string }[] =
    matches.length === 0
      ? headingPrograms.map((program) => ({ program, text: statement }))
      : matches.length === 1
        ? [{ program: (matches[0] as (typeof matches)[0]).program, text: statement }]
        : matches.map((match, i) => ({
            program: match.program,
            // Programs of one umbrella name ("SOC") share its start: read on to the next name.
            text: statement.slice(
              match.start,
              matches.find((other, j) => j > i && other.start > match.start)?.start ??
                statement.length,
            ),
          }))
  const claims = new Map<string, Claim>()
  for (const { program, text } of scopes) {
    const level = LEVEL.exec(text)
    const certificate = CERTIFICATE.exec(text)
    const since = SINCE.exec(statement)
    const claim: Claim = {
      program,
      level: level ? levelName(level[1] ?? '') : null,
      certificate: certificate ? (certificate[1] ?? certificate[2] ?? null) : null,
      since: since ? capitalize(since[1] ?? '') : null,
    }
    const previous = claims.get(program)
    if (!previous) claims.set(program, claim)
    else
      claims.set(program, {
        program,
        level: previous.level ?? claim.level,
        certificate: previous.certificate ?? claim.certificate,
        since: previous.since ?? claim.since,
      })
  }
  return [...claims.values()]
}

const FACT_CERTIFICATE =
  /\b(?:certificate|cert\.?)\s*(?:no\.?|number)?\s*[:#]?\s*#?\s*([A-Z0-9-]*\d[A-Z0-9-]*)\b/i
const ISSUED = new RegExp(
  `\\b(?:issued|granted|awarded)\\s+(?:on\\s+|in\\s+)?((?:(?:${MONTHS})\\s+(?:\\d{1,2},?\\s+)?\\d{4})|\\d{4}-\\d{2}-\\d{2})`,
  'i',
)

/** Certificate, level and date a sentence states, whatever program it is about. */
export type Facts = Omit<Claim, 'program'>

/**
 * The attestation facts a sentence states on its own, apart from any claim: "Certificate #5555
 * was issued on May 3, 2024.", "The modules run at Level 3.". A certificate needs the word
 * (a bare "#1234" is too common to mean one); null when the sentence states none.
 */
export function findFacts(statement: string): Facts | null {
  const certificate = FACT_CERTIFICATE.exec(statement)?.[1] ?? null
  const issued = ISSUED.exec(statement)?.[1] ?? SINCE.exec(statement)?.[1]
  const level = LEVEL.exec(statement)
  const facts: Facts = {
    level: level ? levelName(level[1] ?? '') : null,
    certificate,
    since: issued ? capitalize(issued) : null,
  }
  return facts.level || facts.certificate || facts.since ? facts : null
}
