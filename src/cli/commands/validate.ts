import { DEFAULT_CONTENT } from '../../compile/index.ts'
import { runBuild } from '../run-build.ts'
import { summarize } from '../summarize.ts'
import type { Command } from '../command.ts'
import { messageOf } from '../message-of.ts'
import { usageError } from '../parse-command-line.ts'
import { parseBuildArgs } from '../parse-build-args.ts'

const usage = `Usage: secgraph validate [options]

Builds the graph in memory, without writing it, and reports every diagnostic
(file:line:column severity code message, then a hint). Use it in CI to keep the
documentation free of broken links, missing anchors and annotation mistakes.

Options:
  --content DIR   content root (default: ${DEFAULT_CONTENT})
  --root PAGE     root page file name (single-service roots)
  --service ID    service id (single-service roots)
  --all-pages     check every page of the folder, not only the Topics-list tree
  --strict        fail on warnings too
  -h, --help      show this help

Exit status: 0 clean (or warnings only, without --strict), 1 errors (or
warnings with --strict), 2 bad usage.`

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check content and report diagnostics without writing the graph',
  usage,
  async run(argv) {
    let args
    try {
      args = parseBuildArgs(argv, { out: false, strict: true })
    } catch (error) {
      return usageError('validate', messageOf(error))
    }
    const graph = await runBuild(args.build)
    const errors = graph.diagnostics.some((d) => d.severity === 'error')
    const failed = errors || (args.strict && graph.diagnostics.length > 0)
    console.log(`secgraph validate: ${summarize(graph)}${failed ? '; failed' : '; ok'}`)
    return failed ? 1 : 0
  },
}
