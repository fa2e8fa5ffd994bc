import type { Graph } from '../model/graph.ts'
import { buildGraph } from '../compile/index.ts'
import type { BuildOptions } from '../compile/index.ts'
import { formatDiagnostic } from './format-diagnostic.ts'

/** Pages above which a progress line is worth showing on an interactive terminal. */
const PROGRESS_THRESHOLD = 200

/** Builds with a progress line on stderr (TTY only), prints the diagnostics, returns the graph. */
export async function runBuild(options: BuildOptions): Promise<Graph> {
  const stderr = process.stderr
  let shown = false
  const graph = await buildGraph({
    ...options,
    onProgress: (done, total) => {
      if (!stderr.isTTY || total < PROGRESS_THRESHOLD) return
      if (done % 25 !== 0 && done !== total) return
      shown = true
      stderr.write(`\rbuilding: ${done}/${total} pages`)
    },
  })
  if (shown) stderr.write('\r\x1b[2K')
  for (const diagnostic of graph.diagnostics)
    console.log(formatDiagnostic(diagnostic, options.content))
  return graph
}
