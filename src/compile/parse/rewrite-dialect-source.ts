import { ADMONITION, SHORTCODE, SHORTCODE_LINK_TARGET } from './dialect-terms.ts'

/** Characters taken out of a line: from column `at` of the rewritten line on, add `shift`. */
export interface LineCut {
  at: number
  shift: number
}

/** The text the parser reads, and per line (0-based) what was cut out of it. */
export interface SourceRewrite {
  text: string
  cuts: LineCut[][]
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HINT = /^(?:!!!|\?\?\?)|\{\{[<%]/m

/**
 * Rewrites the indentation- and brace-based markup of MkDocs and Hugo so that Markdown reads what
 * it wraps as ordinary text: an admonition's marker line becomes blank and its body loses the
 * four spaces that would make it a code block; a Hugo shortcode becomes blanks (keeping the
 * target of a `[text]({{< ref "x" >}})` link), and one that opens a line is cut out so the text
 * after it is not indented. Fenced code is left alone. Returns null when the page has neither.
 */
export function rewriteDialectSource(markdown: string): SourceRewrite | null {
  if (!HINT.test(markdown)) return null
  const lines = markdown.split('\n')
  const cuts: LineCut[][] = lines.map(() => [])
  let changed = false
  let fence: string | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const marker = FENCE.exec(line)?.[1]
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      continue
    }
    if (marker) {
      fence = marker
      continue
    }
    if (ADMONITION.test(line)) {
      lines[i] = ' '.repeat(line.length)
      // Dedent the body now: a nested admonition in it is met at column 1 further on.
      for (let j = i + 1; j < lines.length; j++) {
        const body = lines[j] as string
        const indent = /^(?: {1,4}|\t)/.exec(body)?.[0].length ?? 0
        if (body.trim() !== '' && !/^(?: {4}|\t)/.test(body)) break
        if (indent === 0) continue
        lines[j] = body.slice(indent)
        ;(cuts[j] as LineCut[]).push({ at: 1, shift: indent })
      }
      changed = true
      continue
    }
    if (line.includes('{{')) {
      const rewritten = blankShortcodes(line)
      if (rewritten === line) continue
      changed = true
      const indent = /^\s*/.exec(line)?.[0].length ?? 0
      const content = /^\s*/.exec(rewritten)?.[0].length ?? 0
      if (content > indent && content < rewritten.trimEnd().length) {
        // Text after a shortcode that opens the line keeps the line's own indentation.
        lines[i] = rewritten.slice(0, indent) + rewritten.slice(content)
        ;(cuts[i] as LineCut[]).push({ at: indent + 1, shift: content - indent })
      } else lines[i] = rewritten
    }
  }
  return changed ? { text: lines.join('\n'), cuts } : null
}

/** The line with each shortcode outside inline code turned into blanks of the same length. */
function blankShortcodes(line: string): string {
  return line.replace(SHORTCODE, (code: string, index: number) => {
    // Inside a code span (an odd number of backticks before it) it is an example: keep it.
    if ((line.slice(0, index).match(/`/g)?.length ?? 0) % 2 === 1) return code
    const target = SHORTCODE_LINK_TARGET.exec(code)?.[1]
    const inLink = /\]\(\s*$/.test(line.slice(0, index))
    if (target && inLink) {
      const before = code.indexOf(target)
      return ' '.repeat(before) + target + ' '.repeat(code.length - before - target.length)
    }
    return ' '.repeat(code.length)
  })
}
