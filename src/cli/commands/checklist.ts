import {
  CHECKLIST_FORMATS,
  checklistScope,
  createChecklist,
  createResponsibilityMatrix,
  MATRIX_FORMATS,
  renderChecklist,
  renderMatrix,
  validateScope,
  writeOutput,
} from '../../checklist/index.ts'
import type { ChecklistFormat } from '../../checklist/index.ts'
import { resolveScope } from '../../scope/index.ts'
import type { InvalidParameter } from '../../scope/index.ts'
import type { Command } from '../command.ts'
import { GRAPH_SOURCE_HELP, GRAPH_SOURCE_OPTIONS, openGraphSource } from '../graph-source.ts'
import type { GraphSourceValues } from '../graph-source.ts'
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
  --baseline ID       write the customer responsibility matrix of a baseline instead,
                      e.g. fedramp-moderate (one row per requirement; with --service
                      and --topic only)

Output:
  --format FORMAT     ${CHECKLIST_FORMATS.join(', ')} (matrix: ${MATRIX_FORMATS.join(', ')})
                      (default: from the --out extension, else markdown)
  --out FILE          write to FILE atomically instead of stdout
  --source-base URL   link sources of services without a sourceUrl (service.yml) there,
                      e.g. https://github.com/o/r/blob/main/content
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
      baseline: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      'source-base': { type: 'string' },
      'catalog-href': { type: 'string' },
    })?.values
    if (values === undefined) return 2

    if (values.baseline !== undefined) return writeMatrix(values, fail)
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
    const { inherited, actions } = checklist.totals
    const counted = `${inherited} inherited, ${actions} action${actions === 1 ? '' : 's'}`
    return write(rendered.body, values.out, counted, fail)
  },
}

interface MatrixValues extends GraphSourceValues {
  service?: string[]
  topic?: string[]
  baseline?: string[]
  program?: string[]
  owner?: string[]
  kind?: string[]
  'program-only'?: boolean
  format?: string
  out?: string
  'source-base'?: string
}

/** `--baseline`: the customer responsibility matrix, through the same scope vocabulary. */
async function writeMatrix(
  values: MatrixValues,
  fail: (message: string, code: number) => number,
): Promise<number> {
  const lower = values.format?.toLowerCase()
  const format =
    lower !== undefined
      ? MATRIX_FORMATS.find((f) => f === lower)
      : values.out?.toLowerCase().endsWith('.json')
        ? 'json'
        : values.out?.toLowerCase().endsWith('.csv')
          ? 'csv-bom'
          : 'markdown'
  if (format === undefined) {
    return fail(
      `unknown format '${values.format}' with --baseline (valid: ${MATRIX_FORMATS.join(', ')})`,
      2,
    )
  }
  const extra = (['program', 'owner', 'kind', 'program-only'] as const).filter(
    (name) => values[name] !== undefined,
  )
  if (extra.length > 0) {
    return fail(`${extra.map((n) => `--${n}`).join(', ')}: does not apply with --baseline`, 2)
  }
  const graph = await openGraphSource('checklist', values)
  if (typeof graph === 'number') return graph
  const resolved = resolveScope(graph, {
    service: values.service,
    topic: values.topic,
    baseline: values.baseline,
  })
  const scope = resolved.ok ? checklistScope(graph, resolved.scope) : resolved
  if (!scope.ok) {
    for (const error of scope.errors) console.error(`secgraph checklist: ${describe(error)}`)
    return 2
  }
  const baselines = resolved.ok ? (resolved.scope.baseline ?? []) : []
  if (baselines.length !== 1) return fail('--baseline: one baseline at a time', 2)
  const matrix = createResponsibilityMatrix(graph, {
    baseline: baselines[0] as string,
    services: scope.scope.services,
    topics: scope.scope.topics,
  })
  const rendered = renderMatrix(matrix, format, { sourceBaseUrl: values['source-base'] })
  const { addressed, requirements } = matrix.totals
  return write(
    rendered.body,
    values.out,
    `${addressed} of ${requirements} requirements addressed`,
    fail,
  )
}

/** Writes the output; when it goes to a file, says on stderr what it holds. */
async function write(
  body: string,
  out: string | undefined,
  summary: string,
  fail: (message: string, code: number) => number,
): Promise<number> {
  try {
    await writeOutput(body, out)
  } catch (error) {
    return fail(`cannot write ${out ?? 'stdout'}: ${messageOf(error)}`, 1)
  }
  if (out !== undefined) console.error(`secgraph checklist: ${summary}; wrote ${out}`)
  return 0
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
