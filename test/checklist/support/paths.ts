import { resolve } from 'node:path'
import { projectRoot } from '../../support/shared-corpus.ts'

// The ../shared paths live in test/support/shared-corpus.ts; re-exported for the tests importing them here.
export {
  oscalSchemaFile,
  projectRoot,
  sharedRoot,
  skipUnless,
  upstreamGuide,
} from '../../support/shared-corpus.ts'

/** The project's own content root. */
export const contentRoot = resolve(projectRoot, 'content')
