import type { Nodes, Root } from 'mdast'
import type { Point } from 'unist'
import type { LineCut } from './rewrite-dialect-source.ts'

/**
 * Moves every position of a tree parsed from a rewritten text (`rewriteDialectSource`) back onto
 * the original text: lines are the same, columns gain what was cut before them, offsets are
 * recomputed from the original's line starts.
 */
export function restorePositions(tree: Root, markdown: string, cuts: readonly LineCut[][]): void {
  const lineStarts = [0]
  for (let i = 0; i < markdown.length; i++) if (markdown[i] === '\n') lineStarts.push(i + 1)
  const restore = (point: Point): Point => {
    let column = point.column
    for (const cut of cuts[point.line - 1] ?? []) if (point.column >= cut.at) column += cut.shift
    return { line: point.line, column, offset: (lineStarts[point.line - 1] ?? 0) + column - 1 }
  }
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    // New objects: parsers may share one point between neighbouring nodes.
    if (node.position)
      node.position = { start: restore(node.position.start), end: restore(node.position.end) }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}
