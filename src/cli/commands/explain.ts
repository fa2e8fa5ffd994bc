import { createInterface } from 'node:readline'
import {
  DEFAULT_CONTENT,
  explainControl,
  explainStatement,
  loadExplainContext,
  loadGraphSource,
} from '../../compile/index.ts'
import type { Explanation } from '../../compile/index.ts'
import type { Command } from '../command.ts'
import { formatDiagnostic } from '../format-diagnostic.ts'
import { parseCommandLine, usageError } from '../parse-command-line.ts'

const usage = `Usage: secgraph explain [options] "<statement>"
       secgraph explain --json -
       secgraph explain [--content DIR] --control ID

Shows what secgraph makes of one statement: whether it is a control, its kind,
owner and confidence, the classifier rules that fired and the words that
triggered them (docs/reference/rules.md), the programs it names,
and the NIST SP 800-53 Rev. 5 requirements it maps to (ranked, with relation,
confidence and the concept and words that led there).

With "-" statements are read one per line from stdin; with --json each answer
is one JSON object per input line, in order (an empty line gives an object
with no requirements).

With --control, explains a control of the content's graph: its kind, owner and
programs, and the rules that made it a control (or the annotation that did).

Options:
  --json          one JSON object per statement
  --control ID    explain this control of the content's graph
  --content DIR   content root for the program vocabulary, catalogs and service
                  names (default: ${DEFAULT_CONTENT})
  -h, --help      show this help

Exit status: 0 done, 1 the content root's vocabulary or catalogs have errors,
2 bad usage.`

/** The JSON line of one explanation (the crosswalk eval reads `requirements`). */
export function explanationJson(explanation: Explanation): string {
  return JSON.stringify(explanation)
}

/** The human-readable explanation. */
export function renderExplanation(e: Explanation): string {
  const lines = [
    e.statement,
    `  control:    ${e.control ? 'yes' : 'no'} (rule ${e.rule}, confidence ${e.confidence.toFixed(2)})`,
    `  kind:       ${e.kind ?? '-'}`,
    `  owner:      ${e.owner ?? '-'}`,
    `  programs:   ${e.programs.join(', ') || '-'}`,
    `  supports:   ${e.supports.join(', ') || '-'}`,
    `  why:`,
    ...e.trace.map((step) => `    ${step.rule.padEnd(10)} ${step.explain}`),
    `  requirements:${e.requirements.length === 0 ? ' -' : ''}`,
  ]
  for (const r of e.requirements) {
    lines.push(
      `    ${r.label.padEnd(10)} ${r.title} — ${r.relation}, ${r.confidence.toFixed(2)}`,
      `               because ${r.rationale}`,
    )
  }
  return lines.join('\n')
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Show kind, owner, programs and mapped requirements of a statement',
  usage,
  async run(argv) {
    const parsed = parseCommandLine(
      'explain',
      argv,
      { json: { type: 'boolean' }, content: { type: 'string' }, control: { type: 'string' } },
      true,
    )
    if (parsed === null) return 2
    const { values, positionals } = parsed
    if (values.control !== undefined) {
      if (positionals.length > 0)
        return usageError('explain', 'give either a statement or --control, not both')
      return explainGraphControl(values.control, values.content ?? DEFAULT_CONTENT, values.json)
    }
    if (positionals.length === 0) return usageError('explain', 'give a statement, or - for stdin')
    const fromStdin = positionals.length === 1 && positionals[0] === '-'
    const content = values.content ?? DEFAULT_CONTENT
    const context = await loadExplainContext(content)
    const errors = context.diagnostics.filter((d) => d.severity === 'error')
    for (const d of context.diagnostics) console.error(formatDiagnostic(d, content))
    const answer = (statement: string): string => {
      const explanation = explainStatement(statement, context)
      return values.json ? explanationJson(explanation) : renderExplanation(explanation)
    }
    if (!fromStdin) {
      console.log(answer(positionals.join(' ')))
      return errors.length > 0 ? 1 : 0
    }
    await streamLines(answer)
    return errors.length > 0 ? 1 : 0
  },
}

/** `explain --control ID`: the control as built from the content, and why. */
async function explainGraphControl(
  id: string,
  content: string,
  json: boolean | undefined,
): Promise<number> {
  const { graph, warning } = await loadGraphSource({ content })
  if (warning) console.error(warning)
  const control = graph.controls.find((c) => c.id === id)
  if (!control) {
    console.error(`secgraph explain: no control "${id}" in ${content}`)
    return 1
  }
  const serviceName = graph.services.find((s) => s.id === control.service)?.name ?? control.service
  const explanation = explainControl(control, { serviceName, programs: graph.programs })
  if (json) {
    console.log(JSON.stringify({ ...control, explanation }))
    return 0
  }
  console.log(
    [
      control.statement,
      `  control:    ${control.id} (${control.origin}, confidence ${control.confidence.toFixed(2)})`,
      `  kind:       ${control.kind}`,
      `  owner:      ${control.owner}`,
      `  programs:   ${control.programs.join(', ') || '-'}`,
      `  source:     ${control.source.file}:${control.source.line}:${control.source.column}`,
      `  why:${explanation.basis === 'annotation' ? ' an annotation on the page decided' : ''}`,
      ...explanation.trace.map((step) => `    ${step.rule.padEnd(10)} ${step.explain}`),
      ...(explanation.basis === 'statement' && !explanation.agrees
        ? ['    (its context, a lead-in or the sentence before, decided the rest)']
        : []),
    ].join('\n'),
  )
  return 0
}

/** One answer per stdin line, in order, written as each line arrives. */
async function streamLines(answer: (statement: string) => string): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) process.stdout.write(`${answer(line)}\n`)
}
