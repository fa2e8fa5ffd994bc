import { setImmediate as nextTurn } from 'node:timers/promises'

/**
 * Work cut into steps: a generator that yields between units of work and returns the result. The
 * same generator can be finished at once (`finishSteps`) or run a slice at a time between other
 * events (`runStepsInSlices`), so long builds need not block a server's event loop.
 */
export type Steps<T> = Generator<void, T, void>

/** Runs the remaining steps now and returns the result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/**
 * Runs steps for about `sliceMs` at a time, yielding to the event loop (I/O, timers, requests)
 * between slices. `isDone` is checked before each slice: when someone else finished the
 * generator meanwhile (a caller that could not wait), the slicing stops and resolves undefined.
 */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  options: { sliceMs?: number; isDone?: () => boolean } = {},
): Promise<T | undefined> {
  const sliceMs = options.sliceMs ?? 8
  for (;;) {
    await nextTurn()
    if (options.isDone?.()) return undefined
    const until = performance.now() + sliceMs
    do {
      const next = steps.next()
      if (next.done) return next.value
    } while (performance.now() < until)
  }
}
