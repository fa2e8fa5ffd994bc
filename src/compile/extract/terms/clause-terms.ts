/** Word lists the clause analysis reads: connectives, subordinators, function words. */
// Connectives dropped from the start of a clause, with or without a following comma.
export const CONNECTIVE: RegExp =
  /^(?:additionally|also|however|then|next|or|and|but|so|finally|instead|otherwise|furthermore|moreover|similarly|likewise|therefore|thus|now|first|second|third|lastly|currently|today|optionally|alternatively|in addition|as a result|for example|for instance|by default|in general|generally|typically|by design|importantly|in practice|in short|as such|note that|note|important|tip|warning|caution)\b\s*[,:]?\s+/i

// Words that open a subordinate clause or adverbial phrase ending at the first top-level comma.
export const SUBORDINATOR: RegExp =
  /^(?:when|whenever|if|unless|before|after|once|while|although|though|because|since|as|with|without|by|for|to|in|on|at|during|through|using|depending|based|given|where|wherever|even|upon|within|from|under|regardless|whether|until|throughout|beyond|besides|like|unlike|starting|beginning|as\s+of|following|after)\b/i

export const HEAD_CUT: RegExp =
  /\s(?:of|in|on|for|between|with|from|to|at|within|across|under|over|into|through|about|via|among|inside|outside|that|which|who|whose|whom|where|when|such as|including|like)\s|\s\w+(?:ed|en)\s+by\s|[,(–—]/i

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'your',
  'our',
  'this',
  'these',
  'that',
  'those',
  'each',
  'every',
  'all',
  'any',
  'some',
  'its',
  'their',
  'his',
  'her',
  'no',
  'both',
  'most',
  'many',
])

// After an ambiguous first word, these show it was a noun ("Access to…", "Use of…").
export const NOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'of',
  'to',
  'for',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'can',
  'must',
  'should',
  'will',
  'may',
  "'s",
])

// Verbs beyond the protective and imperative lists that still end a subject.
export const OTHER_VERBS: readonly string[] = [
  'accept',
  'reject',
  'share',
  'get',
  'benefit',
  'include',
  'contain',
  'offer',
  'support',
  'meet',
  'comply',
  'help',
  'let',
  'allow',
  'enable',
  'grant',
  'give',
  'put',
  'resolve',
  'override',
  'take',
  'become',
  'depend',
  'describe',
  'show',
  'specify',
  'leave',
  'adhere',
  'conform',
  'permit',
  'power',
  'represent',
  'determine',
  'affect',
  'inherit',
  'consist',
  'connect',
  'communicate',
  'work',
  'call',
  'send',
  'receive',
  'build',
  'bill',
  'charge',
  'implement',
  'apply',
  'undergo',
  'pass',
  'achieve',
]

// A verb-like word right after one of these is a noun ("in logs", "for backups").
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'of',
  'for',
  'from',
  'with',
  'at',
  'by',
  'into',
  'about',
  'across',
  'between',
  'through',
  'via',
  'per',
])

// Words after a participle that show it is a verb ("provided by", "stored in the").
export const CLAUSE_FOLLOWERS: ReadonlySet<string> = new Set([
  'by',
  'to',
  'in',
  'with',
  'on',
  'at',
  'for',
  'from',
  'as',
  'into',
  'under',
  'using',
  'the',
  'a',
  'an',
  'your',
  'its',
  'their',
  'this',
  'that',
  'these',
  'all',
  'and',
  'or',
  'only',
  'it',
  'them',
])

export const RELATIVE: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'whom'])
