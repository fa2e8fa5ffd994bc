import type { Control, ControlKind, Origin, Owner } from '../../model/control.ts'
import { CONTROL_KINDS, ORIGINS, OWNERS } from '../../model/control.ts'

export interface ControlStats {
  total: number
  byOwner: Record<Owner, number>
  byKind: Record<ControlKind, number>
  byOrigin: Record<Origin, number>
  /** Controls naming each program, program ids sorted; a control may name several or none. */
  byProgram: Record<string, number>
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
}

/** Counts by owner, kind, origin and program; vocabulary keys are always present (0 included). */
export function controlStats(controls: Iterable<Control>): ControlStats {
  const stats: ControlStats = {
    total: 0,
    byOwner: zeros(OWNERS),
    byKind: zeros(CONTROL_KINDS),
    byOrigin: zeros(ORIGINS),
    byProgram: {},
  }
  const programs = new Map<string, number>()
  for (const control of controls) {
    stats.total++
    stats.byOwner[control.owner]++
    stats.byKind[control.kind]++
    stats.byOrigin[control.origin]++
    for (const program of control.programs) programs.set(program, (programs.get(program) ?? 0) + 1)
  }
  for (const id of [...programs.keys()].sort()) stats.byProgram[id] = programs.get(id) ?? 0
  return stats
}
