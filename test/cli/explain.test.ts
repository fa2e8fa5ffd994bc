import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { test } from 'node:test'
import { projectRoot } from '../support/shared-corpus.ts'

function secgraph(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    input,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

test('explain "<statement>" prints kind, owner, the deciding rule and the requirements with reasons', () => {
  const run = secgraph(['explain', 'Turn on MFA for every administrator of the cluster.'])
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stdout, /^Turn on MFA for every administrator of the cluster\.\n/)
  assert.match(run.stdout, /\n {2}control: {4}yes \(rule [a-z-]+, confidence 0\.\d\d\)\n/)
  assert.match(run.stdout, /\n {2}kind: {7}recommendation\n/)
  assert.match(run.stdout, /\n {2}owner: {6}customer\n/)
  assert.match(run.stdout, /\n {2}supports: .*fedramp-moderate/)
  assert.match(
    run.stdout,
    /\n {4}IA-2\(1\) +Multi-factor Authentication to Privileged Accounts — implements, 0\.\d\d\n +because multi-factor-authentication-privileged: "/,
  )
})

test('explain --json - answers one JSON object per stdin line, in order, empty lines included', () => {
  const lines = [
    'Snapshots are encrypted at rest with a key you choose.',
    '',
    'The provider patches the host operating system.',
    'AWS CloudHSM is validated at FIPS 140-2 Level 3 and named in the PCI DSS report.',
  ]
  const run = secgraph(['explain', '--json', '-'], `${lines.join('\n')}\n`)
  assert.equal(run.status, 0, run.stderr)
  const answers = run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  assert.equal(answers.length, lines.length)
  assert.deepEqual(
    answers.map((a) => a.statement),
    lines,
  )
  const first = answers[0] as {
    kind: string
    owner: string
    programs: string[]
    requirements: Record<string, unknown>[]
  }
  assert.deepEqual(Object.keys(first.requirements[0] ?? {}), [
    'catalog',
    'id',
    'label',
    'title',
    'relation',
    'confidence',
    'rationale',
  ])
  assert.equal(first.requirements[0]?.catalog, 'nist-800-53-r5')
  assert.match(String(first.requirements[0]?.id), /^sc-28(\.1)?$/)
  assert.deepEqual(answers[1]?.requirements, [])
  assert.equal((answers[2] as { owner: string }).owner, 'provider')
  assert.equal((answers[2] as { requirements: { id: string }[] }).requirements[0]?.id, 'si-2')
  assert.deepEqual((answers[3] as { programs: string[] }).programs, ['fips-140-2', 'pci-dss'])
})

test('explain without a statement is a usage error', () => {
  const run = secgraph(['explain'])
  assert.equal(run.status, 2)
  assert.match(run.stderr, /secgraph explain: give a statement, or - for stdin/)
})

test('explain --control explains a control of the content graph, and refuses an unknown id', () => {
  const run = (...args: string[]) => secgraph(['explain', ...args])
  const id = 'cloudhsm.security.security-of-the-cloud-aws-protects-e4c518'
  const shown = run('--control', id, '--json')
  assert.equal(shown.status, 0, shown.stderr)
  const answer = JSON.parse(shown.stdout) as {
    id: string
    owner: string
    explanation: { basis: string; rule: string; trace: { rule: string; words: string }[] }
  }
  assert.equal(answer.id, id)
  assert.equal(answer.owner, 'provider')
  assert.equal(answer.explanation.basis, 'statement')
  assert.deepEqual(answer.explanation.trace.at(-1), {
    rule: 'provider-acts',
    phase: 'signal',
    words: 'protects',
    explain: '"protects": the provider protects (subject "AWS")',
  })
  const missing = run('--control', 'cloudhsm.nope')
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /no control "cloudhsm\.nope"/)
})
