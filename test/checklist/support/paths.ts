import { resolve } from 'node:path'
import { projectRoot } from '../../support/shared-corpus.ts'

/** The project's own content root. */
export const contentRoot = resolve(projectRoot, 'content')
