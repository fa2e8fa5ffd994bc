import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export const projectRoot = resolve(new URL('../../..', import.meta.url).pathname)

/** README.md, every page under docs/ and bench/RESULTS.md, as paths relative to the project. */
export function docFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.md')
          ? [join(dir, entry.name)]
          : [],
    )
  return ['README.md', ...walk('docs').sort(), 'bench/RESULTS.md']
}

export function parseDoc(file: string): Root {
  const markdown = readFileSync(join(projectRoot, file), 'utf8')
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

/** Every node of the tree, depth-first in document order. */
export function* walkTree(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children) yield* walkTree(child)
}

/** The anchors GitHub gives the headings of a page (`## Program vocabulary (\`programs.yml\`)` → `program-vocabulary-programsyml`). */
export function headingAnchors(tree: Root): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const node of walkTree(tree)) {
    if (node.type !== 'heading') continue
    const base = toString(node)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

export function relativeToProject(path: string): string {
  return relative(projectRoot, path)
}
