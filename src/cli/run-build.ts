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

/** `N errors, N warnings — N services, N topics, …` */
export function summarize(graph: Graph): string {
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const errors = graph.diagnostics.filter((d) => d.severity === 'error').length
  const warnings = graph.diagnostics.length - errors
  return (
    `${count(errors, 'error')}, ${count(warnings, 'warning')}; ` +
    `${count(graph.services.length, 'service')}, ${count(graph.topics.length, 'topic')}, ` +
    `${count(graph.sections.length, 'section')}, ${count(graph.controls.length, 'control')}, ` +
    `${count(graph.attestations.length, 'attestation')}, ${count(graph.links.length, 'link')}`
  )
}
