import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { PluggableList } from 'unified'
import { remarkFlowDirectives } from './remark-flow-directives.ts'
import { remarkGfmDialect } from './remark-gfm-dialect.ts'
import { restorePositions } from './restore-positions.ts'
import { rewriteDialectSource } from './rewrite-dialect-source.ts'
import { scanSyntax } from './scan-syntax.ts'

/**
 * The Markdown parser of every page: remark with GFM (security docs lean on pipe tables; bare-URL
 * links and strikethrough come with it), front matter and `:::` directives (the Docusaurus,
 * MkDocs, Hugo and DocFX dialects), after MkDocs admonitions and Hugo shortcodes are rewritten
 * (`rewriteDialectSource`). A page gets only the optional syntax its text can hold
 * (`scanSyntax`); one processor per combination is built once and reused.
 */
export function createMarkdownParser(): (markdown: string) => Root {
  const processors = new Map<string, { parse: (markdown: string) => Root }>()
  const source = { markdown: '' }
  const processorFor = (markdown: string): { parse: (markdown: string) => Root } => {
    const syntax = scanSyntax(markdown)
    const key = syntax.join(' ')
    let processor = processors.get(key)
    if (!processor) {
      const has = new Set(syntax)
      const plugins: PluggableList = [
        [remarkGfmDialect, { source, table: has.has('table'), footnote: has.has('footnote') }],
      ]
      if (has.has('frontMatter')) plugins.push([remarkFrontmatter, ['yaml', 'toml']])
      if (has.has('directive')) plugins.push(remarkFlowDirectives)
      processor = unified().use(remarkParse).use(plugins).freeze()
      processors.set(key, processor)
    }
    return processor
  }
  const parse = (markdown: string): Root => {
    const processor = processorFor(markdown)
    // Parsing is synchronous: the bare-URL positions read this page's text, no other.
    source.markdown = markdown
    try {
      return processor.parse(markdown)
    } finally {
      source.markdown = ''
    }
  }
  return (markdown) => {
    // MkDocs admonitions and Hugo shortcodes: parse the page with their markup taken out.
    const rewrite = rewriteDialectSource(markdown)
    if (rewrite === null) return parse(markdown)
    const tree = parse(rewrite.text)
    restorePositions(tree, markdown, rewrite.cuts)
    return tree
  }
}
