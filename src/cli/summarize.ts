import type { Graph } from '../model/graph.ts'

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
