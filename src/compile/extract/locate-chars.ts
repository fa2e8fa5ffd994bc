import type { Position } from 'unist'

/** Line and column (1-based) of one character in the source file. */
export interface Point {
  line: number
  column: number
}

// Characters Markdown writers escape with a backslash (the upstream docs escape these freely).
const ESCAPABLE = /[.\-()#*_[\]!+`\\<>{}|]/

/**
 * Source position of every character of a text node's value. With the page's Markdown the
 * value is aligned with its source (escapes, entities and stripped indentation skipped);
 * without it, escapes are estimated from how much longer the source span is than the value,
 * and continuation lines are assumed to start at `continuationColumn`.
 */
export function locateChars(
  value: string,
  position: Position | undefined,
  continuationColumn: number,
  markdown?: string,
): Point[] {
  const start = position?.start ?? { line: 1, column: 1 }
  const startOffset = position?.start.offset
  const endOffset = position?.end.offset
  if (markdown !== undefined && startOffset !== undefined && endOffset !== undefined) {
    return align(value, markdown.slice(startOffset, endOffset), start)
  }
  const lines = value.split('\n').length
  const span =
    startOffset !== undefined && endOffset !== undefined
      ? endOffset - startOffset
      : lines === 1 && position
        ? position.end.column - position.start.column
        : value.length
  let slack = span - value.length - (lines - 1) * Math.max(0, continuationColumn - 1)
  const points: Point[] = []
  let line = start.line
  let column = start.column
  for (const char of value) {
    if (slack > 0 && ESCAPABLE.test(char)) {
      column++
      slack--
    }
    points.push({ line, column })
    if (char === '\n') {
      line++
      column = continuationColumn
    } else column++
  }
  return points
}

function align(value: string, source: string, start: Point): Point[] {
  const points: Point[] = []
  let line = start.line
  let column = start.column
  let p = 0
  const step = (): void => {
    if (source[p] === '\n') {
      line++
      column = 1
    } else column++
    p++
  }
  for (const char of value) {
    // Skip what the parser dropped (backslashes, entity text, indentation), a bounded distance.
    let probe = p
    while (probe < source.length && probe - p < 12 && !same(source[probe], char)) probe++
    if (probe < source.length && same(source[probe], char)) while (p < probe) step()
    points.push({ line, column })
    if (p < source.length) step()
  }
  return points
}

const same = (a: string | undefined, b: string): boolean =>
  a === b || (a !== undefined && /\s/.test(a) && /\s/.test(b))
