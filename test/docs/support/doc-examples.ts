import type { Nodes, Parents } from 'mdast'
import { docFiles, parseDoc } from './doc-files.ts'

/** One command line of a ` ```sh ` block, continuation lines joined. */
export interface Example {
  file: string
  line: number
  /** The command as written, without its trailing comment. */
  text: string
  /** Shell words, quotes removed. */
  words: string[]
  /** Why its block must not run (from `<!-- example: skip (why) -->`), or null. */
  skip: string | null
}

const SKIP = /^<!--\s*example:\s*skip\s*\((.+)\)\s*-->$/

/**
 * Splits a command line into words the way sh does for the plain cases the docs use: single and
 * double quotes, backslash escapes, and a `#` comment after whitespace. Throws on an unclosed quote.
 */
export function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  let quote: "'" | '"' | null = null
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? ''
    if (quote) {
      if (char === quote) quote = null
      else if (char === '\\' && quote === '"' && /["\\$`]/.test(line[i + 1] ?? ''))
        word = (word ?? '') + (line[++i] ?? '')
      else word = (word ?? '') + char
    } else if (char === "'" || char === '"') {
      quote = char
      word ??= ''
    } else if (char === '\\') {
      word = (word ?? '') + (line[++i] ?? '')
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word)
      word = null
    } else if (char === '#' && word === null) {
      break
    } else {
      word = (word ?? '') + char
    }
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${line}`)
  if (word !== null) words.push(word)
  return words
}

/** The text of a line without its trailing `# comment` (outside quotes). */
function withoutComment(line: string): string {
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quote) {
      if (char === quote) quote = null
    } else if (char === "'" || char === '"') quote = char
    else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] ?? '')))
      return line.slice(0, i).trimEnd()
  }
  return line.trimEnd()
}

function* codeBlocks(node: Nodes, parent?: Parents): Generator<[Nodes, Parents | undefined]> {
  yield [node, parent]
  if ('children' in node) for (const child of node.children) yield* codeBlocks(child, node)
}

/** Every command line of every ` ```sh ` block of README.md and docs/, in document order. */
export function docExamples(): Example[] {
  const examples: Example[] = []
  for (const file of docFiles()) {
    for (const [node, parent] of codeBlocks(parseDoc(file))) {
      if (node.type !== 'code' || node.lang !== 'sh' || !parent) continue
      const before = parent.children[parent.children.indexOf(node as never) - 1]
      const marker = before?.type === 'html' ? SKIP.exec(before.value.trim()) : null
      const skip = marker?.[1] ?? null
      const first = (node.position?.start.line ?? 0) + 1
      const lines = node.value.split('\n')
      for (let i = 0; i < lines.length; i++) {
        let text = lines[i] ?? ''
        const line = first + i
        while (text.endsWith('\\') && i + 1 < lines.length)
          text = text.slice(0, -1) + (lines[++i] ?? '')
        text = withoutComment(text)
        if (text.trim() === '') continue
        examples.push({ file, line, text: text.trim(), words: shellWords(text), skip })
      }
    }
  }
  return examples
}

/** The `secgraph` command of an example (`secgraph …` or `npx secgraph …`), or null. */
export function secgraphArgs(example: Example): string[] | null {
  const words = example.words[0] === 'npx' ? example.words.slice(1) : example.words
  return words[0] === 'secgraph' ? words.slice(1) : null
}
