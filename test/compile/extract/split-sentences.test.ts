import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitSentences } from '../../../src/compile/extract/split-sentences.ts'

const cases: [string, string[]][] = [
  [
    'Keys rotate yearly. You can rotate them sooner.',
    ['Keys rotate yearly.', 'You can rotate them sooner.'],
  ],
  [
    'Clients need TLS 1.2 or later. Use TLS 1.3 where possible.',
    ['Clients need TLS 1.2 or later.', 'Use TLS 1.3 where possible.'],
  ],
  [
    'The modules are FIPS 140-2 validated. They run in Region us-east-1.',
    ['The modules are FIPS 140-2 validated.', 'They run in Region us-east-1.'],
  ],
  [
    'Turn on logging (e.g. CloudTrail) for every account.',
    ['Turn on logging (e.g. CloudTrail) for every account.'],
  ],
  [
    'Use a managed key, i.e. one the service rotates. Then audit it.',
    ['Use a managed key, i.e. one the service rotates.', 'Then audit it.'],
  ],
  [
    'Protect keys, tokens, passwords, etc. The service logs access.',
    ['Protect keys, tokens, passwords, etc.', 'The service logs access.'],
  ],
  [
    'Buckets are private by default. Really? Yes!',
    ['Buckets are private by default.', 'Really?', 'Yes!'],
  ],
  [
    'Call example.com over HTTPS. It answers with version 2.0.1 only.',
    ['Call example.com over HTTPS.', 'It answers with version 2.0.1 only.'],
  ],
  [
    'The HSMs are certified (Certificate #1234). See the list.',
    ['The HSMs are certified (Certificate #1234).', 'See the list.'],
  ],
  [
    'A U.S. government standard applies. Nothing else.',
    ['A U.S. government standard applies.', 'Nothing else.'],
  ],
  ['Store backups in "vault". Then lock them.', ['Store backups in "vault".', 'Then lock them.']],
  ['No terminator here', ['No terminator here']],
  ['  Leading and trailing space.  ', ['Leading and trailing space.']],
  [
    'Versions 1.0, 1.1 and 1.2 work. Prefer 1.2.',
    ['Versions 1.0, 1.1 and 1.2 work.', 'Prefer 1.2.'],
  ],
  [
    'Ends with a colon: then lower case continues.',
    ['Ends with a colon: then lower case continues.'],
  ],
  ['', []],
]

for (const [text, expected] of cases) {
  test(`splitSentences: ${JSON.stringify(text).slice(0, 60)}`, () => {
    assert.deepEqual(
      splitSentences(text).map((span) => span.text),
      expected,
    )
  })
}

test('splitSentences gives offsets into the original text', () => {
  const text = 'First one.  Second one.'
  for (const span of splitSentences(text)) assert.equal(text.slice(span.start, span.end), span.text)
  assert.deepEqual(
    splitSentences(text).map((span) => span.start),
    [0, 12],
  )
})
