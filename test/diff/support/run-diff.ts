// Runs `secgraph diff` the way main.ts does, for the CLI tests: node --import tsx run-diff.ts ARGS
import { diffCommand } from '../../../src/cli/commands/diff.ts'

process.exitCode = await diffCommand.run(process.argv.slice(2))
