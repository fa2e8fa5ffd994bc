import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { escapeHtml } from '../../src/search/escape-html.ts'
import { parseHighlight } from '../../src/ui/client/parse-highlight.ts'

const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('')

describe('parseHighlight', () => {
  it('splits marked and unmarked runs', () => {
    assert.deepEqual(parseHighlight('Keys are <mark>encrypted</mark> at rest.'), [
      { text: 'Keys are ', mark: false },
      { text: 'encrypted', mark: true },
      { text: ' at rest.', mark: false },
    ])
  })

  it('unescapes the five entities into plain text, once', () => {
    assert.deepEqual(parseHighlight('&lt;img src=x onerror=&quot;a&#39;b&quot;&gt; &amp;lt;'), [
      { text: `<img src=x onerror="a'b"> &lt;`, mark: false },
    ])
  })

  it('treats anything but the exact mark tokens as text', () => {
    const runs = parseHighlight('<MARK>a</MARK><mark class="x">b</mark><b>c</b>')
    assert.deepEqual(runs, [
      { text: '<MARK>a</MARK><mark class="x">b', mark: false },
      { text: '<b>c</b>', mark: false },
    ])
  })

  it('gives back the original text of any escaped string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        assert.equal(text(parseHighlight(escapeHtml(s))), s)
      }),
    )
  })

  it('gives back the original text with marks around any escaped pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (pieces) => {
        const snippet = pieces
          .map(([s, m]) => (m ? `<mark>${escapeHtml(s)}</mark>` : escapeHtml(s)))
          .join('')
        const runs = parseHighlight(snippet)
        assert.equal(text(runs), pieces.map(([s]) => s).join(''))
        assert.equal(
          runs
            .filter((r) => r.mark)
            .map((r) => r.text)
            .join(''),
          pieces
            .filter(([, m]) => m)
            .map(([s]) => s)
            .join(''),
        )
      }),
    )
  })
})
