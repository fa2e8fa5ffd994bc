import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSearchIndex } from '../../src/search/create-search-index.ts'
import { MAX_MARK_SCAN } from '../../src/search/find-marks.ts'
import { SNIPPET_LENGTH } from '../../src/search/make-snippet.ts'
import { createTestGraph } from '../support/create-test-graph.ts'

const index = createSearchIndex(createTestGraph({ example: 'search' }))

test('everything is HTML-escaped, with or without matches', () => {
  const text = `<script>alert("x")</script> & 'quotes'`
  const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;'
  assert.equal(index.highlight(text, ''), escaped)
  assert.equal(index.highlight(text, 'zzz'), escaped)
  assert.equal(
    index.highlight(text, 'script'),
    '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; &#39;quotes&#39;',
  )
  assert.equal(
    index.highlight('<mark>x</mark>', 'mark'),
    '&lt;<mark>mark</mark>&gt;x&lt;/<mark>mark</mark>&gt;',
  )
})

test('whole words, prefixes and case variants are marked', () => {
  assert.equal(
    index.highlight('Encryption keys are encrypted.', 'encryp'),
    '<mark>Encryption</mark> keys are <mark>encrypted</mark>.',
  )
  assert.equal(
    index.highlight('Rotate KEYS', 'rotate keys'),
    '<mark>Rotate</mark> <mark>KEYS</mark>',
  )
  assert.equal(index.highlight('Café crème', 'cafe'), '<mark>Café</mark> crème')
})

test('typo-corrected terms mark what they found', () => {
  assert.equal(
    index.highlight('Use TLS certificates.', 'certifcate'),
    'Use TLS <mark>certificates</mark>.',
  )
  assert.equal(index.highlight('encryption', 'encrpytion'), '<mark>encryption</mark>')
})

test('aliases are marked across letter/digit boundaries; short terms and numbers match whole', () => {
  assert.equal(
    index.highlight('Covered by SOC2 and SOC 2.', 'soc-2'),
    'Covered by <mark>SOC2</mark> and <mark>SOC</mark> <mark>2</mark>.',
  )
  assert.equal(
    index.highlight('PCI DSS, PCI 3DS', 'pci 3ds'),
    '<mark>PCI</mark> DSS, <mark>PCI</mark> <mark>3DS</mark>',
  )
  assert.equal(index.highlight('version 2 or 2019', '2'), 'version <mark>2</mark> or 2019')
})

test('stop words are not marked unless the query is only stop words', () => {
  assert.equal(index.highlight('the keys', 'the keys'), 'the <mark>keys</mark>')
  assert.equal(index.highlight('the keys', 'the'), '<mark>the</mark> keys')
})

test('huge and hostile inputs are bounded and stay escaped', () => {
  const huge = 'x<y '.repeat(MAX_MARK_SCAN)
  const out = index.highlight(`${huge} keys`, 'keys')
  assert.ok(!out.includes('<mark>'), 'nothing marked past the scan limit')
  assert.ok(!out.includes('<y'))
  assert.equal(index.highlight('keys', 'k'.repeat(100_000)), 'keys')
  assert.equal(index.highlight('a.*b (c)', '.*'), 'a.*b (c)')
  assert.equal(index.highlight('__proto__ x', '__proto__'), '__<mark>proto</mark>__ x')
  assert.equal(index.highlight(undefined as unknown as string, 'x'), '')
  assert.equal(index.highlight('\ud800<', 'x'), '\ud800&lt;')
})

test('snippet: a window around the first match, cut at spaces, escaped and highlighted', () => {
  const text = `${'lorem ipsum '.repeat(30)}the <encryption> of data ${'dolor sit '.repeat(30)}`
  const snippet = index.snippet(text, 'encryption', 60)
  assert.match(snippet, /^….*&lt;<mark>encryption<\/mark>&gt;.*…$/)
  const visible = snippet.replace(/<\/?mark>/g, '').replace(/&[a-z]+;/g, '_')
  assert.ok(visible.length <= 62, visible)
  assert.match(snippet, /^…(lorem|ipsum) /, 'starts at a word boundary')
  assert.match(snippet, / (dolor|sit)…$/, 'ends at a word boundary')
  assert.equal(index.snippet('short <b>', 'short'), '<mark>short</mark> &lt;b&gt;')
  const noMatch = index.snippet('word '.repeat(100), 'zzz')
  assert.ok(noMatch.startsWith('word') && noMatch.endsWith('…'))
  assert.ok(noMatch.length <= SNIPPET_LENGTH + 1)
  assert.equal(index.snippet('a b c', 'b', Number.NaN), 'a <mark>b</mark> c')
})
