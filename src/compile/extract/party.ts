import { allMatches } from '../helpers/all-matches.ts'
import type { ProgramFinder } from './find-programs.ts'
import {
  CUSTOMER_TERMS,
  NEUTRAL_HEADS,
  PROVIDER_DEVICES,
  PROVIDER_TERMS,
} from './terms/party-terms.ts'
import type { Party } from './terms/party-terms.ts'

/** The party a subject names, 'shared' when it coordinates both sides, null when there is none. */
export type SubjectParty = Party | 'shared' | 'program' | null

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (terms: readonly string[]): string =>
  [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => escape(term).replace(/ /g, '[\\s-]+'))
    .join('|')

/**
 * "CloudTrail", "Key Vault", "Cloud Audit Logs": a head made only of capitalised words, one of
 * them written like a product (inner capital, or several capitalised words), names a tool the
 * provider runs. A single sentence-initial capital ("Data", "Logs") does not.
 */
function isProductName(head: string): boolean {
  const words = head
    .replace(/^(?:the|a|an)\s+/i, '')
    .split(/\s+/)
    .filter(Boolean)
  if (!words.length || !words.every((w) => /^[A-Z0-9][\w-]*$/.test(w))) return false
  return words.length > 1 || /^[A-Z][a-z]+[A-Z]/.test(words[0] ?? '')
}

/** A lower-case common noun right after a party word: the word is a modifier, not the head. */
const MODIFIES = /^\s+(?!(?:and|or|nor|both|as|together|jointly)\b)[a-z]/

/** Names by which prose refers to a service: its name, the name without the vendor, its id. */
export function serviceAliases(name: string, id: string): string[] {
  const bare = name.replace(/^(?:aws|amazon)\s+/i, '').trim()
  const acronym = /\(([A-Z][A-Za-z0-9]+)\)/.exec(name)?.[1]
  return [...new Set([name, bare, id, acronym].filter((alias): alias is string => !!alias))]
}

/**
 * Decides who a subject head names. The last party word of the head wins, since English noun
 * phrases put their head noun last ("the Amazon S3 bucket owner" is a customer), except that a
 * head opening with "your" stays the customer's unless it names a provider device ("your HSM").
 */
export function createPartyClassifier(
  serviceNames: readonly string[],
  programs: ProgramFinder,
): (head: string) => SubjectParty {
  const provider = new RegExp(
    `(?<![\\w-])(?:${alternation([...PROVIDER_TERMS, ...serviceNames])})(?![\\w-])`,
    'gi',
  )
  const customer = new RegExp(`(?<![\\w-])(?:${alternation(CUSTOMER_TERMS)})(?![\\w-])`, 'gi')
  const devices = new RegExp(`(?<![\\w-])(?:${alternation(PROVIDER_DEVICES)})(?![\\w-])`, 'i')
  const neutral = new Set(NEUTRAL_HEADS)

  // A page names the same few subjects over and over: decide each head once.
  const decided = new Map<string, SubjectParty>()
  return (head) => {
    let party = decided.get(head)
    if (party === undefined) {
      party = decide(head)
      if (decided.size < 10_000) decided.set(head, party)
    }
    return party
  }

  function decide(head: string): SubjectParty {
    const text = head.trim().replace(/[*_`"“”]/g, '')
    if (!text) return null
    const bare = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '')
    if (neutral.has(bare)) return 'neutral'
    const hits = (pattern: RegExp): { index: number; length: number }[] =>
      allMatches(pattern, text).map((m) => ({ index: m.index, length: m[0].length }))
    const providerHits = hits(provider)
    const customerHits = hits(customer)
    // Both sides coordinated ("AWS and you"); a provider word that only modifies a common noun
    // ("clients and AWS services that call you") names callers, as for the head below.
    const providerHeads = providerHits.filter(
      (hit) => !MODIFIES.test(text.slice(hit.index + hit.length)),
    )
    if (providerHeads.length && customerHits.length && /\b(?:and|both|or)\b/i.test(text)) {
      return 'shared'
    }
    if (/^(?:your|customers?'s?|the customer's|each customer's)\b/i.test(text)) {
      return devices.test(text) ? 'provider' : 'customer'
    }
    const last = [
      ...providerHits.map((hit) => ({ ...hit, party: 'provider' as const })),
      ...customerHits.map((hit) => ({ ...hit, party: 'customer' as const })),
    ].sort((a, b) => a.index - b.index || b.length - a.length)
    const hit = last.at(-1)
    if (!hit) {
      if (programs.matches(text).length) return 'program'
      return isProductName(text) ? 'provider' : 'neutral'
    }
    // Words after the last party word decide: a name goes on ("AWS Regions", "Amazon S3") and
    // keeps the party; a common noun ("the AWS shared responsibility model") is the real head.
    const tail = text.slice(hit.index + hit.length).trim()
    if (tail === '' || tail.split(/\s+/).every((w) => /^[A-Z0-9]/.test(w))) return hit.party
    return 'neutral'
  }
}
