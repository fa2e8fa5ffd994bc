import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rewriteDialectSource } from '../../src/compile/parse/rewrite-dialect-source.ts'

test('pages without admonitions or shortcodes are not rewritten', () => {
  assert.equal(rewriteDialectSource('# Keys\n\nRotate keys {yearly}.\n\n    code\n'), null)
})

test('an admonition loses its marker line and the indentation of its body', () => {
  const rewrite = rewriteDialectSource(
    '!!! note "Title"\n    Rotate keys.\n\n    Log use.\nAfter.\n',
  )
  assert.equal(rewrite?.text, '                \nRotate keys.\n\nLog use.\nAfter.\n')
  assert.deepEqual(rewrite?.cuts.slice(0, 5), [
    [],
    [{ at: 1, shift: 4 }],
    [],
    [{ at: 1, shift: 4 }],
    [],
  ])
})

test('fenced code and code spans keep their markup', () => {
  const fenced = '```\n!!! note\n    body\n{{< note >}}\n```\n'
  assert.equal(rewriteDialectSource(fenced), null)
  const span = 'Write `{{< ref "a.md" >}}` to link.\n'
  assert.equal(rewriteDialectSource(span), null)
})

test('a shortcode opening a line is cut, others become blanks, ref links keep their target', () => {
  const rewrite = rewriteDialectSource(
    '{{% alert %}}Turn on MFA.{{% /alert %}}\nSee [the guide]({{< relref "keys.md" >}}).\n',
  )
  assert.equal(
    rewrite?.text,
    `Turn on MFA.${' '.repeat(14)}\nSee [the guide](${' '.repeat(12)}keys.md${' '.repeat(5)}).\n`,
  )
  assert.deepEqual(rewrite?.cuts[0], [{ at: 1, shift: 13 }])
})
