import type { Program } from '../../model/program.ts'
import type { Service } from '../../model/service.ts'
import { createSentenceClassifier } from './classify-sentence.ts'
import type { SentenceClassifier } from './classify-sentence.ts'
import { createProgramFinder } from './find-programs.ts'
import type { ProgramFinder } from './find-programs.ts'
import { serviceAliases } from './party.ts'

/** What reads the statements of one service's pages. */
export interface ServiceReader {
  finder: ProgramFinder
  classifier: SentenceClassifier
}

// A build's programs array is its own (program coverage is derived per build), so the readers
// kept for it, and what their memos learnt, go with the build.
const readers = new WeakMap<readonly Program[], Map<string, ServiceReader>>()

/**
 * The reader of a service's pages, made once per build and service: its pages share the party
 * of each subject head and the reading of each sentence met out of context (table cells such as
 * "Required" repeat down many pages).
 */
export function serviceReader(service: Service, programs: readonly Program[]): ServiceReader {
  let byService = readers.get(programs)
  if (!byService) {
    byService = new Map()
    readers.set(programs, byService)
  }
  const key = `${service.id}\n${service.name}`
  let reader = byService.get(key)
  if (!reader) {
    const finder = createProgramFinder(programs)
    const serviceNames = serviceAliases(service.name, service.id)
    reader = { finder, classifier: createSentenceClassifier({ serviceNames, programs: finder }) }
    byService.set(key, reader)
  }
  return reader
}
