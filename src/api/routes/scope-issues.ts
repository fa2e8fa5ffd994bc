import type { InvalidParameter } from '../../checklist/index.ts'
import type { InvalidParam } from '../http-error.ts'

/** Checklist scope errors as `invalid-params` entries, each naming the values that would work. */
export function scopeIssues(errors: readonly InvalidParameter[]): InvalidParam[] {
  return errors.map((e) => ({
    name: e.name,
    in: 'query',
    reason:
      e.invalid.length > 0
        ? `${e.reason}: ${e.invalid.map((v) => JSON.stringify(v)).join(', ')}; valid: ${e.valid.join(', ')}`
        : e.valid.length > 0
          ? `${e.reason}; valid: ${e.valid.join(', ')}`
          : e.reason,
    invalid: e.invalid,
    valid: e.valid,
  }))
}
