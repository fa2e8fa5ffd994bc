import { DIAGNOSTICS } from '../../../src/compile/diagnostics.ts'
import type { DiagnosticSpec } from '../../../src/compile/diagnostics.ts'
import { PROBLEM_TYPES } from '../../../src/api/problem-types.ts'

/** Escapes `<` outside code spans so catalog text shows as written instead of as HTML. */
function inline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/</g, '&lt;')))
    .join('')
}

/** A code span that survives backticks inside the text. */
function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``
}

function generatedFrom(source: string): string {
  return `<!-- generated from ${source} by test/docs/reference.test.ts — do not edit; UPDATE=1 rewrites it -->`
}

/** docs/reference/diagnostics.md: one heading per code of the build's diagnostic catalog. */
export function renderDiagnosticsReference(): string {
  const entries = Object.entries(DIAGNOSTICS) as [string, DiagnosticSpec][]
  const lines = [
    generatedFrom('src/compile/diagnostics.ts'),
    '',
    '# Diagnostics',
    '',
    'Every problem `secgraph build`, `validate`, `serve` and `diff` find in the content is reported as a',
    'diagnostic with one of these codes, a file, a line and a column ([build.md](../build.md)). Codes are',
    'permanent: scripts may match on them. An error stops `secgraph build` from writing the graph;',
    'a warning does not, unless `secgraph validate --strict` is used.',
    '',
    '| Code | Severity |',
    '| --- | --- |',
    ...entries.map(([name, spec]) => `| [${name}](#${name}) | ${spec.severity} |`),
  ]
  for (const [name, spec] of entries) {
    lines.push(
      '',
      `## ${name}`,
      '',
      `**${spec.severity}.** ${inline(spec.description)}`,
      '',
      `- Message: ${code(spec.message)}`,
      `- Hint: ${inline(spec.hint)}`,
    )
  }
  return lines.join('\n') + '\n'
}

/** docs/reference/problems.md: one heading per RFC 9457 problem type of the HTTP API. */
export function renderProblemsReference(): string {
  const entries = Object.values(PROBLEM_TYPES).map((problem) => ({
    ...problem,
    name: problem.type.slice(problem.type.lastIndexOf('/') + 1),
  }))
  const lines = [
    generatedFrom('src/api/problem-types.ts'),
    '',
    '# Problem types',
    '',
    'Every error of the HTTP API is an RFC 9457 `application/problem+json` document whose `type` is one',
    'of these URIs, with `title`, `status`, `detail`, `instance` and `requestId` ([api.md](../api.md#errors)).',
    'The URIs are permanent: clients may branch on them.',
    '',
    '| Status | Type | Title |',
    '| --- | --- | --- |',
    ...entries.map((p) => `| ${p.status} | [${p.name}](#${p.name}) | ${p.title} |`),
  ]
  for (const p of entries) {
    lines.push('', `## ${p.name}`, '', `\`${p.type}\` · ${p.status} ${p.title}`, '', inline(p.when))
  }
  return lines.join('\n') + '\n'
}
