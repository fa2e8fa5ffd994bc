import {
  createOscalCatalog,
  createOscalComponentDefinition,
  toJson,
  writeOutput,
} from '../../checklist/index.ts'
import { resolveScope } from '../../scope/index.ts'
import type { Command } from '../command.ts'
import { GRAPH_SOURCE_HELP, GRAPH_SOURCE_OPTIONS, openGraphSource } from '../graph-source.ts'
import { messageOf } from '../message-of.ts'
import { parseCommandLine } from '../parse-command-line.ts'
import { describe } from './checklist.ts'

const TARGETS = ['oscal-catalog', 'oscal-component-definition'] as const

const usage = `Usage: secgraph export <${TARGETS.join('|')}> [options]

Exports the graph as OSCAL 1.1.3 JSON:
  oscal-catalog                every control, grouped by service and topic
  oscal-component-definition   one component per service with the shared-responsibility
                               split of every control (provided / customer / shared)
UUIDs are derived from the content, so exporting the same content again gives the
same document apart from metadata.last-modified.

Options:
${GRAPH_SOURCE_HELP}
  --service ID        only these services (repeatable, or comma-separated)
  --out FILE          write to FILE atomically instead of stdout
  --source-base URL   link sources of services without a sourceUrl (service.yml) there,
                      e.g. https://github.com/o/r/blob/main/content
  --catalog-href URI  component definition: where the catalog is
                      (default: /v1/export/oscal/catalog)
  -h, --help          show this help

Exit status: 0 written, 1 the graph could not be loaded or the output written,
2 bad usage.`

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export the graph as an OSCAL catalog or component definition',
  usage,
  async run(argv) {
    const fail = (message: string, code: number): number => {
      console.error(`secgraph export: ${message}`)
      return code
    }
    const parsed = parseCommandLine(
      'export',
      argv,
      {
        ...GRAPH_SOURCE_OPTIONS,
        service: { type: 'string', multiple: true },
        out: { type: 'string' },
        'source-base': { type: 'string' },
        'catalog-href': { type: 'string' },
      },
      true,
    )
    if (parsed === null) return 2
    const { values, positionals } = parsed
    const target = TARGETS.find((t) => t === positionals[0])
    if (target === undefined || positionals.length !== 1) {
      const got = positionals.length === 0 ? 'nothing' : `'${positionals.join(' ')}'`
      return fail(`expected one of ${TARGETS.join(', ')}, got ${got}`, 2)
    }

    const graph = await openGraphSource('export', values)
    if (typeof graph === 'number') return graph

    let services: string[] | undefined
    if (values.service !== undefined) {
      const result = resolveScope(graph, { service: values.service })
      if (!result.ok) {
        for (const error of result.errors) console.error(`secgraph export: ${describe(error)}`)
        return 2
      }
      services = result.scope.service
    }

    const options = { services, sourceBaseUrl: values['source-base'] }
    const document =
      target === 'oscal-catalog'
        ? createOscalCatalog(graph, options)
        : createOscalComponentDefinition(graph, {
            ...options,
            catalogHref: values['catalog-href'],
          })
    try {
      await writeOutput(toJson(document), values.out)
    } catch (error) {
      return fail(`cannot write ${values.out ?? 'stdout'}: ${messageOf(error)}`, 1)
    }
    if (values.out !== undefined) console.error(`secgraph export: wrote ${values.out}`)
    return 0
  },
}
