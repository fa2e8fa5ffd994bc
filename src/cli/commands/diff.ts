import type { GraphDiff, SideBuildOptions } from '../../diff/index.ts'
import {
  DIFF_FORMATS,
  diffGraphs,
  loadDiffSide,
  renderDiff,
  SIMILARITY_THRESHOLD,
} from '../../diff/index.ts'
import { writeOutput } from '../../checklist/index.ts'
import type { Command } from '../command.ts'
import { checkServiceSlug, CONTENT_BUILD_OPTIONS, SERVICE_OPTION } from '../graph-source.ts'
import { messageOf } from '../message-of.ts'
import { parseCommandLine } from '../parse-command-line.ts'

const usage = `Usage: secgraph diff OLD NEW [options]

Shows what changed between two versions of the documentation: topics, sections, controls
and attestations added, removed, modified (statement, owner, kind, programs, level,
certificate, date) or moved to another topic or section, with sources on both sides.
OLD and NEW are each a content folder (built on the fly) or a graph file written by
'secgraph build'.

Controls whose ids changed are paired by statement similarity (word Dice, default
threshold ${SIMILARITY_THRESHOLD}), so a reworded control shows as modified, not as removed + added.

Options:
  --format FORMAT   ${DIFF_FORMATS.join(', ')} (default: text, coloured on a terminal
                    unless NO_COLOR is set)
  --threshold N     similarity needed to pair reworded controls, 0-1 (default: ${SIMILARITY_THRESHOLD})
  --root PAGE       root page file name, for content folders holding one service
  --service ID      service id, for content folders holding one service
  --all-pages       every page of a content folder is a topic
  -h, --help        show this help

Exit status: 0 nothing changed, 1 something changed, 2 bad usage or a side could
not be read.`

function fail(message: string): number {
  console.error(`secgraph diff: ${message}`)
  return 2
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'diff',
    argv,
    {
      format: { type: 'string' },
      threshold: { type: 'string' },
      ...CONTENT_BUILD_OPTIONS,
      ...SERVICE_OPTION,
    },
    true,
  )
  if (parsed === null) return 2
  const { values, positionals } = parsed
  if (positionals.length !== 2) {
    return fail(
      `expected OLD and NEW, got ${positionals.length} path${positionals.length === 1 ? '' : 's'}\nRun 'secgraph diff --help' for the usage.`,
    )
  }
  const format = DIFF_FORMATS.find((f) => f === (values.format ?? 'text').toLowerCase())
  if (format === undefined) {
    return fail(`unknown format '${values.format}' (valid: ${DIFF_FORMATS.join(', ')})`)
  }
  const threshold = Number(values.threshold ?? SIMILARITY_THRESHOLD)
  if (values.threshold?.trim() === '' || !(threshold >= 0 && threshold <= 1)) {
    return fail(`--threshold must be a number from 0 to 1, got '${values.threshold}'`)
  }
  const badService = checkServiceSlug(values.service)
  if (badService !== null) return fail(badService)
  const options: SideBuildOptions = {}
  if (values.root !== undefined) options.root = values.root
  if (values.service !== undefined) options.service = values.service
  if (values['all-pages']) options.allPages = true

  const [oldPath = '', newPath = ''] = positionals
  let diff: GraphDiff
  try {
    const [before, after] = await Promise.all([
      loadDiffSide(oldPath, options),
      loadDiffSide(newPath, options),
    ])
    for (const side of [before, after]) {
      if (side.warning) console.error(`secgraph diff: warning: ${side.warning}`)
    }
    diff = diffGraphs(before.graph, after.graph, { threshold })
  } catch (error) {
    return fail(messageOf(error))
  }
  const color = format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR
  try {
    await writeOutput(renderDiff(diff, format, color), undefined)
  } catch (error) {
    return fail(`cannot write stdout: ${messageOf(error)}`)
  }
  return diff.changes.length > 0 ? 1 : 0
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Show what changed between two versions of the docs (text, JSON, Markdown)',
  usage,
  run,
}
