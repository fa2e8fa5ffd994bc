import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { packageRoot } from './package-root.ts'
import type { UiAsset } from './ui-assets.ts'
import { UI_FILES } from './ui-assets.ts'

/** Where `build-ui` writes the bundles, relative to the package root. */
export const UI_DIST = join('dist', 'ui')

export interface LoadUiOptions {
  /** Bundle the sources in memory instead of reading built files (default: when run from source). */
  fromSource?: boolean
  /** Folder of the built files (default: dist/ui of the package). */
  dir?: string
}

/**
 * The UI files to serve. Compiled code (npm start) serves what `build-ui` wrote to dist/ui/, so
 * production needs no bundler; code run from source (tsx: dev, tests) bundles the current sources
 * in memory, so it never serves stale bundles.
 */
export async function loadUiAssets(options: LoadUiOptions = {}): Promise<UiAsset[]> {
  if (options.fromSource ?? import.meta.url.endsWith('.ts')) {
    const { bundleUi } = await import('./bundle-ui.ts')
    return bundleUi()
  }
  const dir = options.dir ?? join(packageRoot(), UI_DIST)
  try {
    return await Promise.all(
      UI_FILES.map(async (f) => ({ ...f, body: await readFile(join(dir, f.file)) })),
    )
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`the UI bundles are missing (${reason}); run npm run build`)
  }
}
