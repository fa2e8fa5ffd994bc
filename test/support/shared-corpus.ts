import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (this file is `test/support/shared-corpus.ts`). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

/**
 * `../shared` beside the project: upstream corpora and schemas, read by path (never copied) and
 * possibly absent, so everything reading it skips instead of failing.
 */
export const sharedRoot = resolve(projectRoot, '..', 'shared')

/** The AWS CloudHSM user guide (chapter root `security.md`), April 2023. */
export const upstreamGuide = resolve(sharedRoot, 'corpora/aws-cloudhsm-user-guide/doc_source')

/** The same guide as of June 2022, the old side of the upstream diff. */
export const upstreamGuide2022 = resolve(
  sharedRoot,
  'corpora/aws-cloudhsm-user-guide-2022/doc_source',
)

/** The OSCAL 1.1.3 JSON schema that exported documents are validated against. */
export const oscalSchemaFile = resolve(sharedRoot, 'schemas/oscal/oscal_complete_schema-1.1.3.json')

/** The first of the paths that does not exist, if any. */
export function missingPath(...paths: string[]): string | undefined {
  return paths.find((path) => !existsSync(path))
}

/** node:test options skipping with the missing path named, when any of the paths is absent. */
export function skipUnless(...paths: string[]): { skip?: string } {
  const missing = missingPath(...paths)
  return missing === undefined ? {} : { skip: `not found: ${missing} (../shared is optional)` }
}
