import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | null | undefined

/**
 * The secgraph package directory, found by walking up from this module to the package.json named
 * `secgraph`: works both from `src/` (tsx) and from the compiled `dist/src/`.
 */
export function findProjectRoot(): string | null {
  if (cached !== undefined) return cached
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'))
        if (
          typeof parsed === 'object' &&
          parsed !== null &&
          'name' in parsed &&
          parsed.name === 'secgraph'
        ) {
          cached = dir
          return dir
        }
      } catch {
        // Not our manifest; keep walking up.
      }
    }
    const parent = dirname(dir)
    if (parent === dir) {
      cached = null
      return null
    }
    dir = parent
  }
}
