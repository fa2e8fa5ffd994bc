import { writeGraph } from '../../model/write-graph.ts'
import { DEFAULT_CONTENT } from '../../compile/index.ts'
import { runBuild } from '../run-build.ts'
import { summarize } from '../summarize.ts'
import type { Command } from '../command.ts'
import { messageOf } from '../message-of.ts'
import { usageError } from '../parse-command-line.ts'
import { DEFAULT_OUT, parseBuildArgs } from '../parse-build-args.ts'

const usage = `Usage: secgraph build [options]

Builds the graph from a content root of Markdown pages and writes it as JSON.
Diagnostics are printed like compiler messages (file:line:column severity code
message, then a hint). When there is any error the graph is not written and the
previous graph file is left untouched.

Options:
  --content DIR   content root: one sub-folder per service, or a folder of pages
                  (default: ${DEFAULT_CONTENT})
  --root PAGE     root page file name, e.g. security.md (single-service roots)
  --service ID    service id, e.g. cloudhsm (single-service roots)
  --all-pages     make every page of the folder a topic, not only the pages
                  reached through the root page's Topics lists
  --out FILE      graph file to write (default: ${DEFAULT_OUT})
  -h, --help      show this help

Exit status: 0 built (warnings allowed), 1 errors in the content, 2 bad usage
or the graph file could not be written.`

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build the graph from Markdown content and write it as JSON',
  usage,
  async run(argv) {
    let args
    try {
      args = parseBuildArgs(argv, { out: true, strict: false })
    } catch (error) {
      return usageError('build', messageOf(error))
    }
    const graph = await runBuild(args.build)
    const summary = summarize(graph)
    if (graph.diagnostics.some((d) => d.severity === 'error')) {
      console.log(`secgraph build: ${summary}; graph not written`)
      return 1
    }
    try {
      await writeGraph(graph, args.out)
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error)
      console.error(`secgraph build: cannot write ${args.out}: ${reason}`)
      return 2
    }
    console.log(`secgraph build: ${summary}; wrote ${args.out}`)
    return 0
  },
}
