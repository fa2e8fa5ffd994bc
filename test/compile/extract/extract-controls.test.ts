import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractControls } from '../../../src/compile/extract/extract-controls.ts'
import type { ExtractResult } from '../../../src/compile/extract/extract-controls.ts'
import { parsePage } from '../../../src/compile/parse-page.ts'
import { EXAMPLE_VAULT } from '../../support/create-test-graph.ts'
import { loadTestPrograms } from './load-test-programs.ts'

const service = EXAMPLE_VAULT
const programs = loadTestPrograms()

function extract(markdown: string, withMarkdown = false): ExtractResult {
  const { page } = parsePage({ file: 'page.md', markdown, service: service.id })
  return extractControls(page, { service, programs, ...(withMarkdown ? { markdown } : {}) })
}

test('editing one paragraph changes no other control id', () => {
  const before = extract(
    '# Sec\n\nYou must rotate keys.\n\nYou should log access.\n\n## Net\n\nClients must use TLS.\n',
  )
  const after = extract(
    '# Sec\n\nYou must rotate keys every day.\n\nYou should log access.\n\n## Net\n\nClients must use TLS.\n',
  )
  assert.notEqual(before.controls[0]?.id, after.controls[0]?.id)
  assert.deepEqual(
    before.controls.slice(1).map((c) => c.id),
    after.controls.slice(1).map((c) => c.id),
  )
  assert.equal(before.controls[2]?.id.startsWith('vault.sec.net.clients-must-use-tls-'), true)
})

test('exact duplicates inside one page get -2, -3', () => {
  const { controls } = extract(
    '# Sec\n\nYou must rotate keys.\n\nYou must rotate keys.\n\nYou  must ROTATE keys.\n',
  )
  const [first, second, third] = controls.map((c) => c.id)
  assert.equal(second, `${first}-2`)
  assert.equal(third, `${first}-3`, 'case and spacing are normalized before hashing')
})

test('references list the links inside the statement, in order', () => {
  const { controls } = extract(
    '# Sec\n\nSee [intro](a.md). You must read [policy](b.md) and [keys](c.md). Done [x](d.md).\n',
  )
  assert.equal(controls.length, 1)
  assert.deepEqual(controls[0]?.references, ['vault.sec.link-2', 'vault.sec.link-3'])
})

test('a sentence that starts mid-paragraph gets its own line and column', () => {
  const markdown =
    '# Sec\n\nBoxes are red\\. Lids are blue\\.\nYou must\\-really rotate\\. Clients must use TLS 1\\.2\\.\n'
  for (const exact of [false, true]) {
    const { controls } = extract(markdown, exact)
    const lines = markdown.split('\n')
    assert.deepEqual(
      controls.map((c) => `${c.source.line}:${c.source.column}`),
      ['4:1', '4:27'],
      `with markdown: ${exact}`,
    )
    assert.ok(lines[3]?.slice(26).startsWith('Clients'))
  }
})

test('the page Markdown, when given, makes columns exact despite escapes', () => {
  // The only escape comes after the sentence start, which estimation cannot know.
  const markdown = '# Sec\n\nBoxes are (blue). You must log\\.\n'
  const [control] = extract(markdown, true).controls
  assert.equal(control?.statement, 'You must log.')
  assert.equal(control?.source.column, (markdown.split('\n')[2] ?? '').indexOf('You') + 1)
})

test('statements resolve escapes, emphasis, code and collapse whitespace', () => {
  const { controls } = extract(
    '# Sec\n\nYou *must* use the `\\*` wildcard\\,\n   **always**   for  `vault:*`\\.\n',
  )
  assert.equal(controls[0]?.statement, 'You must use the \\* wildcard, always for vault:*.')
})

test('headings and pseudo-headings give programs to the controls under them', () => {
  const { controls } = extract(
    '# Sec\n\n## PCI DSS scope\n\nYou must scope your network.\n\n**SOC 2**  \nYou should keep reports.\n',
  )
  assert.deepEqual(
    controls.map((c) => c.programs),
    [['pci-dss'], ['pci-dss', 'soc-2']],
  )
  assert.deepEqual(controls[1]?.source.headingPath, ['Sec', 'PCI DSS scope', 'SOC 2'])
})

test('annotations win over inference and make the control annotated', () => {
  const { controls } = extract(
    '# Sec\n\n<!-- secgraph: owner=provider kind=guarantee programs=soc-2 id=pinned -->\nYou must rotate keys.\n',
  )
  assert.equal(controls.length, 1)
  const [control] = controls
  assert.equal(control?.id, 'vault.sec.pinned')
  assert.equal(control?.owner, 'provider')
  assert.equal(control?.kind, 'guarantee')
  assert.deepEqual(control?.programs, ['soc-2'])
  assert.equal(control?.origin, 'annotated')
  assert.equal(control?.confidence, 1)
})

test('a trace hook sees every candidate statement, controls or not', () => {
  const seen: string[] = []
  const { page } = parsePage({
    file: 'p.md',
    markdown: '# Sec\n\nA vault is a box. You must lock it.\n',
    service: 'vault',
  })
  extractControls(page, {
    service,
    programs,
    trace: (statement, c) => seen.push(`${c.control} ${c.rule} ${statement}`),
  })
  assert.deepEqual(seen, ['false definition A vault is a box.', 'true must You must lock it.'])
})

test('a pipe table left as text by the parser gives no controls', () => {
  // GFM rejects a table whose delimiter row has fewer cells than its header: it stays text.
  const markdown =
    '# Sec\n\n| Feature | Support |\n| --- |\n| Encryption | You must enable it |\n\nYou must log.\n'
  assert.deepEqual(
    extract(markdown).controls.map((c) => c.statement),
    ['You must log.'],
  )
})

// Sentences giving each party its own part become one control per part; a shared duty before a
// colon stays a shared control and its parts follow it.
const splitCases: [string, string, string[]][] = [
  [
    'AWS Key Management Service',
    'AWS KMS is responsible for the durability of key material, while you are responsible for who may use each key.',
    ['guarantee/provider', 'requirement/customer'],
  ],
  [
    'AWS Lambda',
    'Isolating functions is a responsibility that AWS and you share: AWS keeps each execution environment apart, and you grant every function the least privilege it needs.',
    ['requirement/shared', 'guarantee/provider', 'requirement/customer'],
  ],
  [
    'AWS Key Management Service',
    'Key rotation is a joint responsibility of AWS and the customer: you turn on automatic rotation.',
    ['requirement/shared', 'requirement/customer'],
  ],
  [
    'AWS Lambda',
    'Runtime updates are a shared responsibility between AWS and you.',
    ['requirement/shared'],
  ],
  [
    'AWS Lambda',
    'Duties differ by layer: AWS patches the runtime, and you update the libraries in your deployment package.',
    ['guarantee/provider', 'requirement/customer'],
  ],
]

for (const [name, sentence, expected] of splitCases) {
  test(`parts of a duty: ${sentence}`, () => {
    const id = name.includes('Lambda') ? 'lambda' : 'kms'
    const markdown = `# Security in ${name}\n\n${sentence}\n`
    const { page } = parsePage({ file: 'page.md', markdown, service: id })
    const { controls } = extractControls(page, {
      service: { ...service, id, name, rootTopic: `${id}.page` },
      programs,
    })
    assert.deepEqual(
      controls.map((c) => `${c.kind}/${c.owner}`),
      expected,
    )
    // Each part points at its own place in the sentence.
    const columns = controls.map((c) => c.source.column)
    assert.deepEqual(
      columns,
      [...columns].sort((a, b) => a - b),
    )
    assert.equal(new Set(columns).size, columns.length)
  })
}

test('an own-line comment that interrupts a paragraph covers the next sentence only', () => {
  const { controls } = extract(
    '# Sec\n\nThe vault encrypts every backup.\n<!-- secgraph: kind=capability -->\nThe vault encrypts every export. The vault logs every export.\n',
  )
  assert.deepEqual(
    controls.map((c) => `${c.kind}/${c.origin}`),
    ['guarantee/inferred', 'capability/annotated', 'guarantee/inferred'],
  )
  const separate = extract(
    '# Sec\n\nThe vault encrypts every backup.\n\n<!-- secgraph: kind=capability -->\nThe vault encrypts every export. The vault logs every export.\n',
  )
  assert.deepEqual(
    separate.controls.map((c) => `${c.kind}/${c.origin}`),
    ['guarantee/inferred', 'capability/annotated', 'capability/annotated'],
    'after a blank line the comment is a block annotation',
  )
})

test('a list item that only names a program takes its lead-in, whatever its words look like', () => {
  const { controls } = extract(
    '# Compliance\n\nOutside auditors assess Example Vault under several programs, including the following:\n\n- System and Organization Controls (SOC)\n- Payment Card Industry (PCI)\n',
  )
  assert.deepEqual(
    controls.map((c) => `${c.kind}/${c.owner}`),
    ['guarantee/provider', 'guarantee/provider', 'guarantee/provider'],
  )
})

test("a lead-in that counts the reader's choices passes capability on to its items", () => {
  const { controls } = extract(
    '# Network\n\nYou have two options for reaching a vault from your private network:\n\n- A hosted VPN tunnel.\n- A Direct Connect link.\n',
  )
  assert.deepEqual(
    controls.map((c) => `${c.statement} ${c.kind}/${c.owner}`),
    ['A hosted VPN tunnel. capability/customer', 'A Direct Connect link. capability/customer'],
  )
})

test('a bold line that titles a list item is no statement; the paragraphs under it are', () => {
  const { controls } = extract(
    '# Access\n\nYou can reach a vault as one of the following identities:\n\n- **Vault operator**\n\n  You can rotate the vault keys.\n\n- **Vault auditor**\n\n  You can read the audit log.\n',
  )
  assert.deepEqual(
    controls.map((c) => c.statement),
    ['You can rotate the vault keys.', 'You can read the audit log.'],
  )
})
