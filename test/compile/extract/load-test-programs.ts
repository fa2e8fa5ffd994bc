import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Program } from '../../../src/model/program.ts'

/** The small, frozen program vocabulary of the extraction tests. */
export function loadTestPrograms(): Program[] {
  const file = new URL('../../fixtures/extract/programs.yml', import.meta.url)
  return parse(readFileSync(file, 'utf8')) as Program[]
}
