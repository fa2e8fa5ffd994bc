import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))
export const sharedRoot = resolve(projectRoot, '..', 'shared')
export const oscalSchemaFile = resolve(sharedRoot, 'schemas/oscal/oscal_complete_schema-1.1.3.json')
export const upstreamGuide = resolve(sharedRoot, 'corpora/aws-cloudhsm-user-guide/doc_source')
export const contentRoot = resolve(projectRoot, 'content')

/** `{ skip: reason }` for node:test when a path is missing, so runs without ../shared say why. */
export function skipUnless(path: string): { skip?: string } {
  return existsSync(path) ? {} : { skip: `not found: ${path}` }
}
