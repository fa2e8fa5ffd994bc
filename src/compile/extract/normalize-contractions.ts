// Every contraction has an apostrophe: a text without one (most of them) is already normal.
const APOSTROPHE = /['’‘]/

/** "you're" → "you are", "doesn't" → "does not"…, so that patterns see one spelling. */
export const normalizeContractions = (text: string): string =>
  !APOSTROPHE.test(text)
    ? text
    : text
        .replace(/[’‘]/g, "'")
        .replace(/\bcan't\b/gi, 'cannot')
        .replace(/\bwon't\b/gi, 'will not')
        .replace(/\b(\w+)n't\b/gi, '$1 not')
        .replace(/\b(you|we|they)'re\b/gi, '$1 are')
        .replace(/\b(it|that|there)'s\b/gi, '$1 is')
