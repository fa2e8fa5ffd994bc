import { stat } from 'node:fs/promises'
import type { BuildOptions, LoadedGraph } from '../compile/index.ts'

/** Build options that apply when a side is a content folder. */
export type SideBuildOptions = Pick<BuildOptions, 'root' | 'service' | 'allPages'>

/**
 * One side of a diff: a directory is a content root built on the fly, a file is a graph written by
 * `secgraph build`; a warning line comes back when the content has build errors. Throws an Error with a one-line message when neither works.
 */
export async function loadDiffSide(path: string, options: SideBuildOptions): Promise<LoadedGraph> {
  let isDirectory: boolean
  try {
    isDirectory = (await stat(path)).isDirectory()
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    throw new Error(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : code}`,
    )
  }
  // Imported here: the API imports this package for its change feed, and a server that never
  // builds content must not load the Markdown compiler (a third of a replica's cold start).
  const { loadGraphSource } = await import('../compile/index.ts')
  return loadGraphSource(isDirectory ? { ...options, content: path } : { graph: path })
}
