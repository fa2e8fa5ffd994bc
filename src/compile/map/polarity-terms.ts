/**
 * Words that decide which way a negation cuts (the negation itself is read once, by
 * `findNegations` in extract). Exposures are what safeguards exist to prevent: a negation that
 * denies one protects ("keys never leave the HSM unencrypted", "snapshots must not be public")
 * instead of denying a safeguard.
 */

/** States of exposure, anywhere in the negated clause. */
export const EXPOSED_STATE: RegExp =
  /\b(?:un(?:encrypted|authori[sz]ed|authenticated|restricted|signed|protected|validated)|plain[- ]?text|clear[- ]?text|in the clear|public(?:ly)?|anonymous(?:ly)?|(?:the )?internet|third[- ]part(?:y|ies)|hard[- ]?coded|outside (?:of )?(?:the|your|its)\b)|0\.0\.0\.0\/0|::\/0/i

/**
 * Acts of exposure, as the negated verb itself: right after the negation, past at most two
 * auxiliaries or adverbs ("cannot be exported", "does not have access", "must never be shared").
 */
export const EXPOSING_ACT: RegExp =
  /^(?:\s+\S+){0,2}?\s+(?:leav\w*|left|export\w*|expos\w+|disclos\w+|leak\w*|shar\w+|travers\w+|cross\w*|bypass\w*|disabl\w+|turn\w* off|switch\w* off|remov\w+|delet\w+|access\w*|see|sees|seen|view\w*|read|reads|recover\w*|retriev\w+|extract\w*|allow\w*|permit\w*|accept\w*|grant\w*|reus\w+|modif\w+|alter\w*|tamper\w*|overwrit\w+|chang\w+)\b/i

/**
 * Verbs that only say whether a thing is in place: negated ("logging is not enabled"), they deny
 * the safeguard the subject names, not just words of the predicate.
 */
export const IN_PLACE: RegExp =
  /^(?:\s+\S+){0,2}?\s+(?:enabled|supported|available|active|activated|required|enforced|configured|turned on|switched on|on|in place|provided|offered|applied|used|set up)\b/i
