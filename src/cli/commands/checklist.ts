import {
  CHECKLIST_FORMATS,
  createChecklist,
  renderChecklist,
  validateScope,
  writeOutput,
} from '../../checklist/index.ts'
import type { ChecklistFormat, InvalidParameter } from '../../checklist/index.ts'
import type { Command } from '../command.ts'
import { GRAPH_SOURCE_HELP, GRAPH_SOURCE_OPTIONS, openGraphSource } from '../graph-source.ts'
import { messageOf } from '../message-of.ts'
import { parseCommandLine } from '../parse-command-line.ts'

const usage = `Usage: secgraph checklist [options]

Writes the compliance checklist of a service: what the provider's attestations and
guarantees give you (inherited), and the customer and shared controls you act on,
by topic, each with its source file and line.

Graph (one of):
${GRAPH_SOURCE_HELP}

Scope (repeat an option or separate values with commas):
  --service ID        service id or name (needed when the graph has several)
  --program ID        program id, name or alias, e.g. pci-dss (default: every program)
  --owner OWNER       customer, shared, provider (default: customer,shared)
  --topic ID          topic id or page anchor; includes its sub-topics
  --kind KIND         requirement, recommendation, guarantee, capability
  --program-only      with --program: leave out controls that name no program

Output:
  --format FORMAT     ${CHECKLIST_FORMATS.join(', ')} (default: from the --out extension,
                      else markdown)
  --out FILE          write to FILE atomically instead of stdout
  --source-base URL   make sources links, e.g. https://github.com/o/r/blob/main/content
  --catalog-href URI  oscal: where the catalog the controls come from is
  -h, --help          show this help

Exit status: 0 written, 1 the graph could not be loaded or the output written,
2 bad usage (unknown option, service, program, owner, topic or kind).`

export const checklistCommand: Command = {
  name: 'checklist',
  summary: 'Write the compliance checklist of a service (Markdown, CSV, JSON, OSCAL)',
  usage,
  async run(argv) {
    const fail = (message: string, code: number): number => {
      console.error(`secgraph checklist: ${message}`)
      return code
    }
    const values = parseCommandLine('checklist', argv, {
      ...GRAPH_SOURCE_OPTIONS,
      service: { type: 'string', multiple: true },
      program: { type: 'string', multiple: true },
      owner: { type: 'string', multiple: true },
      topic: { type: 'string', multiple: true },
      kind: { type: 'string', multiple: true },
      'program-only': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      'source-base': { type: 'string' },
      'catalog-href': { type: 'string' },
    })?.values
    if (values === undefined) return 2

    const format = chooseFormat(values.format, values.out)
    if (format === null) {
      return fail(`unknown format '${values.format}' (valid: ${CHECKLIST_FORMATS.join(', ')})`, 2)
    }

    const graph = await openGraphSource('checklist', values)
    if (typeof graph === 'number') return graph

    const result = validateScope(graph, {
      service: values.service,
      program: values.program,
      owner: values.owner,
      topic: values.topic,
      kind: values.kind,
      ...(values['program-only'] ? { general: false } : {}),
    })
    if (!result.ok) {
      for (const error of result.errors) console.error(`secgraph checklist: ${describe(error)}`)
      return 2
    }

    const checklist = createChecklist(graph, result.scope)
    const rendered = renderChecklist(checklist, format, {
      sourceBaseUrl: values['source-base'],
      catalogHref: values['catalog-href'],
    })
    try {
      await writeOutput(rendered.body, values.out)
    } catch (error) {
      return fail(`cannot write ${values.out ?? 'stdout'}: ${messageOf(error)}`, 1)
    }
    if (values.out !== undefined) {
      const { inherited, actions } = checklist.totals
      const counted = `${inherited} inherited, ${actions} action${actions === 1 ? '' : 's'}`
      console.error(`secgraph checklist: ${counted}; wrote ${values.out}`)
    }
    return 0
  },
}

/** `--format` wins; else the extension of `--out`; else Markdown, the format people read. */
function chooseFormat(format: string | undefined, out: string | undefined): ChecklistFormat | null {
  if (format !== undefined) {
    return CHECKLIST_FORMATS.find((f) => f === format.toLowerCase()) ?? null
  }
  const file = out?.toLowerCase() ?? ''
  if (file.endsWith('.oscal.json')) return 'oscal'
  if (file.endsWith('.json')) return 'json'
  if (file.endsWith('.csv')) return 'csv'
  return 'markdown'
}

/** One line per invalid parameter, naming what was wrong and what is accepted. */
export function describe(error: InvalidParameter): string {
  const what = error.invalid.length > 0 ? ` ${error.invalid.map((v) => `'${v}'`).join(', ')}` : ''
  const valid = error.valid.length > 0 ? ` (valid: ${error.valid.join(', ')})` : ''
  return `--${error.name}: ${error.reason}${what}${valid}`
}
