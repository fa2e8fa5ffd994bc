import { createInterface } from 'node:readline'
import { DEFAULT_CONTENT, explainStatement, loadExplainContext } from '../../compile/index.ts'
import type { Explanation } from '../../compile/index.ts'
import type { Command } from '../command.ts'
import { formatDiagnostic } from '../format-diagnostic.ts'
import { parseCommandLine, usageError } from '../parse-command-line.ts'

const usage = `Usage: secgraph explain [options] "<statement>"
       secgraph explain --json -

Shows what secgraph makes of one statement: whether it is a control, its kind,
owner and confidence, the classifier rules that fired and the words that
triggered them (docs/reference/rules.md), the programs it names,
and the NIST SP 800-53 Rev. 5 requirements it maps to (ranked, with relation,
confidence and the concept and words that led there).

With "-" statements are read one per line from stdin; with --json each answer
is one JSON object per input line, in order (an empty line gives an object
with no requirements).

Options:
  --json          one JSON object per statement
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
      { json: { type: 'boolean' }, content: { type: 'string' } },
      true,
    )
    if (parsed === null) return 2
    const { values, positionals } = parsed
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

/** One answer per stdin line, in order, written as each line arrives. */
async function streamLines(answer: (statement: string) => string): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) process.stdout.write(`${answer(line)}\n`)
}
