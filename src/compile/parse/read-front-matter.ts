import type { Nodes, Root } from 'mdast'
import { parse as parseYaml, YAMLError } from 'yaml'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { createDiagnostic } from '../diagnostics.ts'

/** What a page's front matter says about the page. */
export interface FrontMatter {
  /** `title`, when it is a non-empty string. */
  title: string | null
  /** Where the front matter starts (line 1 when there is one). */
  line: number
}

// Hugo writes TOML between `+++` lines; only its title is read, by line.
const TOML_TITLE = /^\s*title\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/m

/**
 * Reads and removes the YAML (`---`) or TOML (`+++`) front matter that Docusaurus, MkDocs, Hugo
 * and DocFX pages start with: `title` can name the page; the rest (description, tags, layout) is
 * page metadata, never content. Broken front matter is reported, not thrown.
 */
export function readFrontMatter(
  tree: Root,
  markdown: string,
  file: string,
): { frontMatter: FrontMatter | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  // mdast declares `yaml` only; remark-frontmatter also makes `toml` nodes of the same shape.
  const first = tree.children[0] as { type: string; value?: string } | undefined
  if ((first?.type === 'yaml' || first?.type === 'toml') && typeof first.value === 'string') {
    tree.children.shift()
    const line = (first as Nodes).position?.start.line ?? 1
    let title: unknown = null
    if (first.type === 'toml') {
      const match = TOML_TITLE.exec(first.value)
      title = match ? (match[1] ?? match[2] ?? null) : null
    } else {
      try {
        const data: unknown = parseYaml(first.value)
        if (data !== null && typeof data === 'object' && !Array.isArray(data))
          title = (data as Record<string, unknown>).title ?? null
        else if (data !== null && data !== undefined)
          diagnostics.push(
            createDiagnostic(
              'front-matter-invalid',
              { file, line, column: 1 },
              { reason: 'it is not a mapping of keys to values' },
            ),
          )
      } catch (error) {
        // The yaml package counts lines from the first key, on the line after the `---`.
        const where = error instanceof YAMLError ? error.linePos?.[0] : undefined
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]
        const reason = (message ?? '').replace(/\s+at line \d+, column \d+:?$/, '')
        diagnostics.push(
          createDiagnostic(
            'front-matter-invalid',
            { file, line: line + (where?.line ?? 0), column: where?.col ?? 1 },
            { reason },
          ),
        )
      }
    }
    const text = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : ''
    return { frontMatter: { title: text || null, line }, diagnostics }
  }
  // `---` on line 1 with no closing `---`: Markdown reads a rule and then the keys as text.
  const lines = markdown.split('\n')
  if (/^---[ \t]*\r?$/.test(lines[0] ?? '') && /^[A-Za-z_][\w-]*:/.test(lines[1] ?? '')) {
    diagnostics.push(createDiagnostic('front-matter-unterminated', { file, line: 1, column: 1 }))
    // The keys run to the first blank line: drop them rather than read them as statements.
    const blank = lines.findIndex((text, index) => index > 0 && text.trim() === '')
    const last = blank < 0 ? lines.length : blank
    tree.children = tree.children.filter((node) => (node.position?.start.line ?? 1) > last)
  }
  return { frontMatter: null, diagnostics }
}
