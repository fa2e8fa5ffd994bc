/** Default cap on the body of a representation that grows with the graph (50 MiB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024

/**
 * The response cap: the createApp option, else `MAX_RESPONSE_BYTES` from the environment, else
 * the default. A malformed environment value is an error, not silently the default: a typo must
 * not lift a limit an operator meant to set.
 */
export function maxResponseBytes(option: number | undefined, env = process.env): number {
  if (option !== undefined) {
    if (!Number.isSafeInteger(option) || option < 1) {
      throw new Error(`maxResponseBytes must be a positive integer, not ${option}`)
    }
    return option
  }
  const text = env.MAX_RESPONSE_BYTES
  if (text === undefined || text === '') return DEFAULT_MAX_RESPONSE_BYTES
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new Error(`MAX_RESPONSE_BYTES must be a positive integer (bytes), not '${text}'`)
  }
  return Number(text)
}
