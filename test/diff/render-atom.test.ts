import assert from 'node:assert/strict'
import { join, resolve } from 'node:path'
import { before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Change } from '../../src/diff/change.ts'
import type { FeedEntry } from '../../src/diff/feed/change-feed.ts'
import { createChangeFeed } from '../../src/diff/feed/create-change-feed.ts'
import { entryId, escapeXml, renderAtom } from '../../src/diff/feed/render-atom.ts'

const fixtures = resolve(fileURLToPath(new URL('../fixtures/diff', import.meta.url)))
const ATOM = 'http://www.w3.org/2005/Atom'
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
let entries: FeedEntry[] = []

before(async () => {
  const [old, next] = await Promise.all([
    buildGraph({ content: join(fixtures, 'attestation-changed', 'old') }),
    buildGraph({ content: join(fixtures, 'attestation-changed', 'new') }),
  ])
  const found = createChangeFeed(old, next).entries()
  if ('error' in found) throw new Error(found.error)
  entries = found
})

const options = {
  feedId: 'tag:secgraph,2026:changes',
  title: 'Example Vault documentation changes',
  selfUrl: 'http://127.0.0.1:3000/v1/changes.atom?service=example-vault&type=modified',
  updated: '2026-01-02T03:04:05.000Z',
}

interface Parsed {
  feed: {
    '@_xmlns': string
    id: string
    title: string
    updated: string
    author: { name: string }
    link: { '@_rel': string; '@_href': string }
    entry: {
      id: string
      title: string
      updated: string
      link: { '@_rel'?: string; '@_href': string }
      content: { '#text': string; '@_type': string }
    }[]
  }
}

function parse(xml: string): Parsed {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry',
    parseTagValue: false,
  })
  return parser.parse(xml) as Parsed
}

test('the feed is well-formed XML with the Atom 1.0 required elements', () => {
  assert.ok(entries.length > 0)
  const xml = renderAtom(entries, options)
  assert.equal(XMLValidator.validate(xml), true)
  assert.match(
    xml,
    /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/,
  )
  const { feed } = parse(xml)
  assert.equal(feed['@_xmlns'], ATOM)
  assert.equal(feed.id, options.feedId)
  assert.equal(feed.title, options.title)
  assert.match(feed.updated, RFC3339)
  assert.equal(feed.author.name, 'secgraph')
  assert.equal(feed.link['@_rel'], 'self')
  assert.equal(feed.link['@_href'], options.selfUrl, 'the & of the query string is escaped')
  assert.equal(feed.entry.length, entries.length)
  for (const entry of feed.entry) {
    assert.match(entry.id, /^tag:secgraph,2026:[0-9a-f]{64}\/(control|attestation)\.modified\./)
    assert.ok(entry.title.length > 0)
    assert.match(entry.updated, RFC3339)
    assert.ok(entry.link['@_href'].startsWith(options.selfUrl.replace(/&/g, '&')))
    assert.equal(entry.content['@_type'], 'text')
  }
  const attestation = feed.entry.find((e) => e.id.includes('/attestation.'))
  assert.match(attestation?.content['#text'] ?? '', /certificate: 1111 -> 2222/)
})

test('entry ids are stable: the same change between the same versions, the same id', async () => {
  const ids = entries.map(entryId)
  assert.equal(new Set(ids).size, ids.length)
  const [old, next] = await Promise.all([
    buildGraph({ content: join(fixtures, 'attestation-changed', 'old') }),
    buildGraph({ content: join(fixtures, 'attestation-changed', 'new') }),
  ])
  const again = createChangeFeed(old, next).entries()
  assert.ok(!('error' in again))
  assert.deepEqual(again.map(entryId), ids)
})

test('markup and control characters in content are escaped or dropped', () => {
  const [first] = entries
  assert.ok(first)
  const nasty = '<script>alert("x & y")</script> ]]> \u0001 \'quoted\''
  const change: Change = {
    ...first.change,
    after: first.change.after && { ...first.change.after, text: nasty },
    fields: [{ field: 'statement', before: 'a < b', after: nasty }],
  }
  const xml = renderAtom([{ ...first, change }], { ...options, title: 'A & B <feed>' })
  assert.equal(XMLValidator.validate(xml), true)
  assert.doesNotMatch(xml, /<script>/)
  assert.ok(!xml.includes('\u0001'))
  // Parsed back, the text is exactly what was rendered (minus the forbidden control character).
  const { feed } = parse(xml)
  assert.equal(feed.title, 'A & B <feed>')
  const content = feed.entry[0]?.content['#text'] ?? ''
  assert.ok(content.includes(`statement: a < b -> ${nasty.replace('\u0001', '')}`), content)
  assert.equal(escapeXml('a & "b" <c> \'d\''), 'a &amp; &quot;b&quot; &lt;c&gt; &apos;d&apos;')
})

test('an empty feed is still a valid feed', () => {
  const xml = renderAtom([], options)
  assert.equal(XMLValidator.validate(xml), true)
  assert.doesNotMatch(xml, /<entry>/)
})
