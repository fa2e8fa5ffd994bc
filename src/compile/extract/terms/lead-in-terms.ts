/**
 * "You have two options for …:", "There are several ways to …:": a lead-in that counts the
 * choices its list offers the reader.
 */
export const OFFERS_CHOICES: RegExp =
  /^(?:you\s+have|there\s+are)\s+(?:two|three|four|five|several|a\s+few|multiple|many|various|different)\s+(?:[\w-]+\s+){0,2}?(?:options|choices|ways|methods|approaches|mechanisms)\b/i

/** Lead-ins that only announce what follows: the items, not the lead-in, are the controls. */
export const ANNOUNCES: RegExp = new RegExp(
  [
    /\b(?:the following|as follows|below|these (?:steps|ways|practices|recommendations|settings|options|items|actions|tasks))\b/
      .source,
    /\b(?:you|to|by|that|include|includes|including|are|is):\s*$/.source,
    `${OFFERS_CHOICES.source}[^.]*:\\s*$`,
  ].join('|'),
  'i',
)

/**
 * "…is assessed under several programs, including the following:": a lead-in complete without
 * its list, which only names examples.
 */
export const COMPLETE_LEAD_IN: RegExp = /\b(?:including|such\s+as)(?:\s+the\s+following)?:\s*$/i

/** "Label – text" and "Label: text" prefixes of list items. */
export const LABEL: RegExp = /^(?:[^.!?:–—]{1,60}?\s*(?:[–—]|\s-\s)\s*)/

/** What every `LABEL` holds: a dash (the pattern's lazy prefix is slow to rule out on its own). */
export const LABEL_DASH: RegExp = /[–—]|\s-/

/** A label longer than this many words is a sentence, not a label. */
export const LABEL_MAX_WORDS = 9
