/**
 * A requirement as people type it (`SC-28`, `sc-28`, `IA-2(1)`, `ia-2.1`, `IA-02(01)` or the full
 * `nist-800-53-r5:sc-28`) as the catalog's own control id (`sc-28`, `ia-2.1`); null when it does not
 * read as one. The API resolves the same spellings for `requirement=`; the page needs this only to
 * narrow matrix rows it already has.
 */
export function toControlId(text: string): string | null {
  const local = text.trim().toLowerCase().split(':').pop() ?? ''
  const match = /^([a-z]{2})-0*(\d+)(?:(?:\(0*(\d+)\))|(?:\.0*(\d+)))?$/.exec(local)
  if (!match) return null
  const [, family, number] = match
  const enhancement = match[3] ?? match[4]
  return enhancement === undefined ? `${family}-${number}` : `${family}-${number}.${enhancement}`
}

/**
 * Whether a requirement (by control id) is selected by the typed values: named itself, or a base
 * control named whose enhancement it is (SC-28 selects SC-28(1); SC-28(1) selects nothing broader).
 * No values select everything.
 */
export function requirementSelected(controlId: string, values: readonly string[]): boolean {
  if (values.length === 0) return true
  return values.some((value) => {
    const wanted = toControlId(value)
    return wanted !== null && (controlId === wanted || controlId.startsWith(`${wanted}.`))
  })
}
