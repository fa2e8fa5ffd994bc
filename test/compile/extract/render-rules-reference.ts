import { RULES } from '../../../src/compile/extract/rules/index.ts'
import type { ClassifierRule } from '../../../src/compile/extract/rules/index.ts'

const PHASES: Record<ClassifierRule['phase'], string> = {
  exclude: 'Exclude: why a sentence is not a control, checked first',
  signal: "Signal: the sentence's own words",
  context: 'Context: what the lead-in, the previous sentence or the other clause passes on',
  page: "Page: a statement's place on the page",
}

const code = (text: string): string =>
  text.includes('`') ? `\`\` ${text} \`\`` : `\`${text.replace(/\|/g, '\\|')}\``

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function conditions(rule: ClassifierRule): string[] {
  const lines: string[] = []
  if (rule.pattern) lines.push(`- ${rule.on ?? 'sentence'} matches ${code(String(rule.pattern))}`)
  if (rule.unless) lines.push(`- unless it matches ${code(String(rule.unless))}`)
  if (rule.parties)
    lines.push(`- subject party: ${rule.parties.map((p) => code(String(p))).join(', ')}`)
  if (rule.unlessHead)
    lines.push(`- unless the subject's head matches ${code(String(rule.unlessHead))}`)
  if (rule.byDefault) lines.push('- only in a sentence opening "By default"')
  if (rule.needs === 'security-term')
    lines.push('- needs a security term or a program in the sentence')
  if (rule.needs === 'security-term-in-core')
    lines.push("- needs a security term in the predicate's core")
  if (rule.notContrastive) lines.push('- not on one side of a two-party sentence')
  if (rule.softenedBy)
    lines.push(
      `- when ${code(String(rule.softenedBy))} also matches, the sentence stays a candidate at ${rule.softenedWeight ?? 1} of its confidence`,
    )
  if (rule.describe) lines.push(`- ${rule.describe}`)
  return lines
}

const example = (text: string): string =>
  text.includes('\n')
    ? [
        '',
        '  ```markdown',
        ...text
          .trimEnd()
          .split('\n')
          .map((line) => `  ${line}`),
        '  ```',
      ].join('\n')
    : ` ${text}`

/** docs/reference/rules.md: one section per rule of the classifier's table, in table order. */
export function renderRulesReference(): string {
  const rules = RULES as readonly ClassifierRule[]
  const lines = [
    '<!-- generated from src/compile/extract/rules/ by test/compile/extract/rules.test.ts — do not edit; UPDATE=1 rewrites it -->',
    '',
    '# Extraction rules',
    '',
    'Every decision of the control classifier is one of these rules, tried in this order; within a',
    'phase the first rule that holds decides ([extraction.md](../extraction.md) explains the',
    "pipeline). A rule reports its name as the classification's `rule` and in `secgraph explain`.",
    'Names are permanent. Weight is the base confidence; for rules that pass on another decision,',
    'the share of its confidence kept. Signal rules that need no security term keep 0.85 of their',
    'weight when the sentence has none.',
    '',
    '| Rule | Phase | Kind | Owner | Weight |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map(
      (rule) =>
        `| [${rule.name}](#${rule.name.replace(/\+/g, '')}) | ${rule.phase} | ${rule.kind ?? '—'} | ${rule.owner ?? '—'} | ${rule.weight} |`,
    ),
  ]
  let phase: string | null = null
  for (const rule of rules) {
    if (rule.phase !== phase) {
      phase = rule.phase
      lines.push('', `## ${PHASES[rule.phase]}`)
    }
    lines.push(
      '',
      `### ${rule.name}`,
      '',
      `${cell(rule.kind ? `Decides a **${rule.kind}**` : rule.owner === 'inherit' ? 'Passes on a kind' : 'Decides **no control**')}${rule.owner && rule.owner !== 'inherit' ? `, owner **${rule.owner}**${rule.neutral ? ` (${rule.neutral} when the subject names no party)` : ''}` : ''}; weight ${rule.weight}${rule.weak ? '; weak (passes no kind on to list items, dropped before code)' : ''}.`,
      '',
      'When:',
      '',
      ...conditions(rule),
      '',
      `Explains: ${code(rule.explain)}`,
      '',
      'Fires on:',
      '',
      ...rule.examples.fires.map((text) => `-${example(text)}`),
      '',
      'Silent on:',
      '',
      ...rule.examples.silent.map((text) => `-${example(text)}`),
    )
  }
  return `${lines.join('\n')}\n`
}
