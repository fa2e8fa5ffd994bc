/**
 * Every match of a global pattern in `text`, found by `exec` on the pattern itself: `matchAll`
 * clones the pattern for each text, which on a short statement costs more than the matching.
 * The pattern's `lastIndex` is reset first, so it must not be in use while this runs.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match)
    if (match[0] === '') pattern.lastIndex++
  }
  pattern.lastIndex = 0
  return found
}
