/// <reference lib="dom" />
import { h } from './h.ts'
import { parseHighlight } from './parse-highlight.ts'

/** Text and `<mark>` nodes for an API snippet, built without any HTML parsing. */
export function highlightNodes(snippet: string): Node[] {
  return parseHighlight(snippet).map((run) =>
    run.mark ? h('mark', null, run.text) : document.createTextNode(run.text),
  )
}
