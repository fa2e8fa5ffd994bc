import type { Position } from 'unist'

/** Line and column (1-based) of one character in the source file. */
export interface Point {
  line: number
  column: number
}

/**
 * Source positions of a text's characters, as two number arrays: a page has one per character,
 * and an object each was most of what extraction allocated.
 */
export interface CharPoints {
  lines: number[]
  columns: number[]
}

/** The position at `index`, or undefined past the end. */
export function pointAt(points: CharPoints, index: number): Point | undefined {
  const line = points.lines[index]
  return line === undefined ? undefined : { line, column: points.columns[index] as number }
}

// Characters Markdown writers escape with a backslash (the upstream docs escape these freely).
const ESCAPABLE = /[.\-()#*_[\]!+`\\<>{}|]/

/** What `\s` matches, by char code: the flatten and align loops run once per character. */
export function isSpaceCode(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff
}

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
): CharPoints {
  const start = position?.start ?? { line: 1, column: 1 }
  const startOffset = position?.start.offset
  const endOffset = position?.end.offset
  if (markdown !== undefined && startOffset !== undefined && endOffset !== undefined) {
    return align(value, markdown, startOffset, endOffset, start)
  }
  const lines = value.split('\n').length
  const span =
    startOffset !== undefined && endOffset !== undefined
      ? endOffset - startOffset
      : lines === 1 && position
        ? position.end.column - position.start.column
        : value.length
  let slack = span - value.length - (lines - 1) * Math.max(0, continuationColumn - 1)
  const points: CharPoints = { lines: [], columns: [] }
  let line = start.line
  let column = start.column
  for (const char of value) {
    if (slack > 0 && ESCAPABLE.test(char)) {
      column++
      slack--
    }
    points.lines.push(line)
    points.columns.push(column)
    if (char === '\n') {
      line++
      column = continuationColumn
    } else column++
  }
  return points
}

/** Aligns `value` with `markdown` between `from` and `to`, the source span it was parsed from. */
function align(
  value: string,
  markdown: string,
  from: number,
  to: number,
  start: Point,
): CharPoints {
  const points: CharPoints = { lines: [], columns: [] }
  let line = start.line
  let column = start.column
  let p = from
  const step = (): void => {
    if (markdown.charCodeAt(p) === 0x0a) {
      line++
      column = 1
    } else column++
    p++
  }
  for (const char of value) {
    // A character outside the BMP never equals one source unit.
    const code = char.length === 1 ? char.charCodeAt(0) : -1
    // Skip what the parser dropped (backslashes, entity text, indentation), a bounded distance.
    let probe = p
    while (probe < to && probe - p < 12 && !sameChar(markdown.charCodeAt(probe), code)) probe++
    if (probe < to && sameChar(markdown.charCodeAt(probe), code)) while (p < probe) step()
    points.lines.push(line)
    points.columns.push(column)
    if (p < to) step()
  }
  return points
}

const sameChar = (source: number, code: number): boolean =>
  source === code || (isSpaceCode(source) && isSpaceCode(code))
