import {
  AMBIGUOUS_IMPERATIVES,
  AUXILIARIES,
  IMPERATIVE_VERBS,
  PROCEDURAL_VERBS,
  PROTECTIVE_VERBS,
} from './terms/verb-terms.ts'
import { inflect } from './inflect.ts'
import {
  CLAUSE_FOLLOWERS,
  CONNECTIVE,
  DETERMINERS,
  HEAD_CUT,
  NOUN_FOLLOWERS,
  OTHER_VERBS,
  PREPOSITIONS,
  RELATIVE,
  SUBORDINATOR,
} from './terms/clause-terms.ts'

/** The grammatical skeleton of a sentence's main clause, as far as cheap heuristics see it. */
export interface ClauseShape {
  /** The main clause: the sentence minus leading adverbials and subordinate clauses. */
  text: string
  /** The sentence opened with "By default". */
  byDefault: boolean
  /** A leading "If …"/"When …" clause that was removed, or null. */
  condition: string | null
  /** Words before the main verb (the subject), or '' for imperatives and fragments. */
  subject: string
  /** The subject's head phrase: the subject cut before prepositions and relative clauses. */
  head: string
  /** First word of the predicate, lower-cased (a modal, auxiliary or verb), or null. */
  verb: string | null
  /** Text from the main verb on. */
  predicate: string
  /** The predicate without trailing purpose and result clauses ("so that you can…"). */
  core: string
  /** The main clause opens with a base-form verb (an instruction to the reader). */
  imperative: boolean
  /** An imperative that operates a tool ("Choose…", "Type…") rather than advising. */
  procedural: boolean
  /** A leading "To …" purpose clause that was removed, or null. */
  purpose: string | null
}

const VERB_FORMS = new Set(
  [...PROTECTIVE_VERBS, ...IMPERATIVE_VERBS, ...OTHER_VERBS].flatMap((verb) =>
    inflect(verb).filter((form) => !form.includes(' ')),
  ),
)
const AUX = new Set(AUXILIARIES)
const IMPERATIVE = new Set([...IMPERATIVE_VERBS, ...PROCEDURAL_VERBS])
const PROCEDURAL = new Set(PROCEDURAL_VERBS)
const AMBIGUOUS = new Set(AMBIGUOUS_IMPERATIVES)

const NOT_ADVERBS = new Set(['apply', 'supply', 'reply', 'family', 'assembly', 'anomaly', 'only'])
const isAdverb = (token: string): boolean =>
  (token.endsWith('ly') && token.length > 4 && !NOT_ADVERBS.has(token) && !VERB_FORMS.has(token)) ||
  [
    'also',
    'always',
    'never',
    'then',
    'now',
    'still',
    'already',
    'just',
    'automatically',
    'often',
    'sometimes',
  ].includes(token)

// "you" is a whole subject, never followed by more of it. ("we" is left to the verb tables:
// "we assume…", "we want to…" narrate examples and must not become provider actions.)
const PRONOUN = /^you$/i

/** A–z, 0–9 and the apostrophe: what a word keeps at its edges. */
const isWordCode = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27

/** The token lower-cased, without leading and trailing punctuation (read for every token). */
const word = (token: string | undefined): string => {
  const lower = (token ?? '').toLowerCase()
  let start = 0
  let end = lower.length
  while (start < end && !isWordCode(lower.charCodeAt(start))) start++
  while (end > start && !isWordCode(lower.charCodeAt(end - 1))) end--
  return start === 0 && end === lower.length ? lower : lower.slice(start, end)
}

/** Index just after the first comma outside brackets, or -1. */
function topLevelComma(text: string): number {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(' || char === '[') depth++
    else if ((char === ')' || char === ']') && depth > 0) depth--
    else if (char === ',' && depth === 0) return i + 1
  }
  return -1
}

/** Removes leading connectives and subordinate clauses until a main clause remains. */
function stripLeading(sentence: string): {
  text: string
  byDefault: boolean
  condition: string | null
  purpose: string | null
} {
  let text = sentence.trim()
  let byDefault = false
  let condition: string | null = null
  let purpose: string | null = null
  for (let guard = 0; guard < 6; guard++) {
    const connective = CONNECTIVE.exec(text)
    if (connective) {
      if (/^by default/i.test(connective[0])) byDefault = true
      text = text.slice(connective[0].length)
      continue
    }
    if (SUBORDINATOR.test(text)) {
      const comma = topLevelComma(text)
      const rest = comma < 0 ? '' : text.slice(comma).trim()
      if (comma > 0 && rest.length > 0) {
        if (/^(?:if|when|unless|whenever|once)\b/i.test(text) && condition === null)
          condition = text.slice(0, comma - 1)
        if (/^to\b/i.test(text) && purpose === null) purpose = text.slice(0, comma - 1)
        text = rest
        continue
      }
    }
    break
  }
  return { text, byDefault, condition, purpose }
}

// The helpers below read a clause's words: its tokens through `word`, computed once per clause.
const at = (words: readonly string[], i: number): string => words[i] ?? ''

function isImperative(all: readonly string[]): boolean {
  // "Regularly review…": an adverb may open an imperative.
  const words = isAdverb(at(all, 0)) && IMPERATIVE.has(at(all, 1)) ? all.slice(1) : all
  const first = at(words, 0)
  if (first === 'do' || first === "don't")
    return /^(?:not|n't)?$/.test(at(words, 1)) || first === "don't"
  if (!IMPERATIVE.has(first)) return false
  if (first === 'never' || first === 'always') return true
  // "Access to X…", "Audit records are…": the first word was a noun.
  const second = at(words, 1)
  // "Audit records are…", "Audit logging – …": a noun compound, not an instruction.
  const nounPhrase =
    (second.endsWith('s') && !DETERMINERS.has(second) && AUX.has(at(words, 2))) ||
    (second.endsWith('ing') && second.length > 5)
  if (AMBIGUOUS.has(first) && (NOUN_FOLLOWERS.has(second) || nounPhrase)) return false
  // A capitalised second word right after a verb-like first word ("Set Up", "Use AWS") is fine;
  // a following auxiliary means the first word was the subject ("Logs are…").
  return !AUX.has(at(words, 1))
}

/**
 * "Logs are…", "uploads to Amazon S3 are…": a plural noun that looks like a verb, told apart by
 * an auxiliary right after it, or by a preposition after it and an auxiliary soon after that.
 */
function pluralNoun(words: readonly string[], i: number): boolean {
  if (!at(words, i).endsWith('s')) return false
  const next = at(words, i + 1)
  if (AUX.has(next)) return true
  if (!/^(?:to|of|for|in|on|from|with|at|by)$/.test(next)) return false
  return words.slice(i + 2, i + 8).some((later) => AUX.has(later))
}

/**
 * "The AWS shared responsibility model applies…": a participle that runs straight into a noun,
 * with a verb still to come, is an adjective.
 */
function participleAdjective(
  tokens: readonly string[],
  words: readonly string[],
  i: number,
): boolean {
  if (!/ed$/.test(at(words, i))) return false
  const next = at(words, i + 1)
  if (!next || /[,;:]$/.test(tokens[i] ?? '') || CLAUSE_FOLLOWERS.has(next)) return false
  return words
    .slice(i + 2, i + 6)
    .some((later) => AUX.has(later) || (VERB_FORMS.has(later) && later.endsWith('s')))
}

/** "An explicit deny overrides…": a base form right before a finite verb is a noun. */
function nounBeforeVerb(words: readonly string[], i: number): boolean {
  const next = at(words, i + 1)
  return !/(?:s|ed|ing)$/.test(at(words, i)) && next.endsWith('s') && VERB_FORMS.has(next)
}

/** "Choose Backups", "Sign in to the console": operating a tool. */
function isProcedural(words: readonly string[]): boolean {
  const first = at(words, 0)
  if (PROCEDURAL.has(first)) return true
  return /^(?:sign|log)$/.test(first) && /^(?:in|into|out|on|off)$/.test(at(words, 1))
}

/** Splits a sentence into connective/condition, subject, head and predicate. */
export function analyzeClause(sentence: string): ClauseShape {
  const stripped = stripLeading(sentence)
  const { text, condition, purpose } = stripped
  const byDefault = stripped.byDefault || /\bby default\b/i.test(sentence)
  const tokens = text.split(/\s+/).filter(Boolean)
  const words = tokens.map(word)
  const imperative = isImperative(words)
  let verbIndex = -1
  // List items often drop the subject their lead-in gave ("Encrypts data at rest.").
  if (!imperative && VERB_FORMS.has(at(words, 0)) && !AUX.has(at(words, 1))) verbIndex = 0
  else if (
    !imperative &&
    PRONOUN.test(tokens[0] ?? '') &&
    tokens.length > 1 &&
    !/^(?:and|or|nor|both|alone|all|each|yourself|themselves|ourselves)$/.test(at(words, 1))
  ) {
    // The predicate starts right after "you", even with a verb missing from the verb tables
    // ("you decide how many…").
    verbIndex = 1
  } else if (!imperative) {
    // "Only X can…": the subject starts after "only".
    const from = at(words, 0) === 'only' ? 1 : 0
    const isVerb = (i: number): boolean => {
      const current = at(words, i)
      return (
        AUX.has(current) ||
        isAdverb(current) ||
        current === 'not' ||
        (current === 'only' && VERB_FORMS.has(at(words, i + 1))) ||
        (VERB_FORMS.has(current) &&
          // "AWS Direct Connect", "Organization Controls": capitalised inside a sentence, a
          // verb-like word is part of a name.
          !/^[A-Z][a-z]/.test(tokens[i] ?? '') &&
          // "the managed service": after a determiner it is an adjective, except after a
          // sentence-initial demonstrative pronoun ("These include…").
          (!DETERMINERS.has(at(words, i - 1)) ||
            (i === 1 && /^(?:this|these|that|those)$/.test(at(words, 0))) ||
            // "AWS and you both patch…": "both" after the subject floats, it determines nothing.
            (/^(?:both|all)$/.test(at(words, i - 1)) && PRONOUN.test(at(words, i - 2)))) &&
          !PREPOSITIONS.has(at(words, i - 1)) &&
          !pluralNoun(words, i) &&
          !nounBeforeVerb(words, i) &&
          !participleAdjective(tokens, words, i))
      )
    }
    for (let i = from + 1; i < tokens.length; i++) {
      const current = at(words, i)
      // A relative clause ("that can perform actions", "which nobody else can read")
      // holds its own verbs: skip past its first verb group, then keep looking.
      if (RELATIVE.has(current)) {
        let j = i + 1
        while (j < tokens.length && !isVerb(j)) j++
        while (j < tokens.length && isVerb(j)) j++
        // "that the statement allows or denies": coordinated verbs stay in the relative clause.
        while (/^(?:and|or)$/.test(at(words, j)) && isVerb(j + 1)) {
          j++
          while (j < tokens.length && isVerb(j)) j++
        }
        i = j - 1
        continue
      }
      if (!isVerb(i)) continue
      // "keys generated by the HSM are…", "data stored in the table is…": a participle with an
      // agent or a place, and a finite verb after it, is a reduced relative.
      if (
        /(?:ed|en)$/.test(current) &&
        /^(?:by|in|on|at|within|across|inside|under)$/.test(at(words, i + 1))
      ) {
        const aux = words.findIndex((later, k) => k > i && AUX.has(later))
        if (aux > 0) {
          verbIndex = aux
          break
        }
      }
      verbIndex = i
      break
    }
  }
  const subjectTokens = imperative ? [] : verbIndex < 0 ? tokens : tokens.slice(0, verbIndex)
  const subject = subjectTokens.join(' ').replace(/^only\s+/i, '')
  // The head never ends before its first word ("Outside auditors" is not cut at "outside").
  const padded = ` ${subject} `
  const firstWordEnd = Math.max(1, padded.indexOf(' ', 1))
  const cut = HEAD_CUT.exec(padded.slice(firstWordEnd))
  const head = (cut ? padded.slice(0, firstWordEnd + cut.index) : subject).trim()
  const predicateTokens = imperative ? tokens : verbIndex < 0 ? [] : tokens.slice(verbIndex)
  return {
    text,
    byDefault,
    condition,
    subject,
    head,
    verb:
      (imperative ? words : verbIndex < 0 ? [] : words.slice(verbIndex)).find(
        (w) => !isAdverb(w),
      ) || null,
    predicate: predicateTokens.join(' '),
    core:
      predicateTokens
        .join(' ')
        .split(/,?\s+(?:so\s+that|so|in\s+order\s+to|because|which)\s+/i)[0] ?? '',
    imperative,
    procedural: imperative && isProcedural(words.filter((w) => !isAdverb(w))),
    purpose,
  }
}
