import type {
  Definition,
  Heading,
  Html,
  List,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Diagnostic } from '../model/diagnostic.ts'
import type { Link } from '../model/link.ts'
import type { Section } from '../model/section.ts'
import type { Source } from '../model/source.ts'
import { slugify } from '../model/slugify.ts'
import { createDiagnostic } from './diagnostics.ts'
import { anchorId } from './parse/anchor-id.ts'
import { collectLinks } from './parse/collect-links.ts'
import { createMarkdownParser } from './parse/create-markdown-parser.ts'
import { headingInfo } from './parse/heading-info.ts'
import { htmlAnchors } from './parse/html-anchors.ts'
import { readAnnotations } from './parse/read-annotations.ts'
import { readFrontMatter } from './parse/read-front-matter.ts'
import {
  fieldTableResponsibility,
  isOwnerLabel,
  isResponsibilityLabel,
  partyOf,
  readMatrix,
} from './parse/read-responsibility.ts'
import { splitPseudoHeading } from './parse/split-pseudo-heading.ts'
import { unwrapDialect } from './parse/unwrap-dialect.ts'
import type { MetadataField } from './parse/unwrap-dialect.ts'
import type { PageBlock, ParsedPage, RawAnnotation, TopicsEntry } from './parsed-page.ts'

/** What `parsePage` needs: the file (relative to the content root), its text and its service id. */
export interface ParsePageInput {
  file: string
  markdown: string
  service: string
}

const parseMarkdown = createMarkdownParser()
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i
const LINK_FILLER = /^[\s,;:.|()\u2013\u2014-]*$/

/** A paragraph of links and separators only: a lone link line or a bare URL list, navigation. */
function isLinksOnly(children: readonly PhrasingContent[]): boolean {
  return (
    children.some((node) => node.type === 'link' || node.type === 'linkReference') &&
    children.every(
      (node) =>
        node.type === 'link' ||
        node.type === 'linkReference' ||
        node.type === 'break' ||
        (node.type === 'text' && LINK_FILLER.test(node.value)),
    )
  )
}

function at(node: { position?: { start: { line: number; column: number } } }): {
  line: number
  column: number
} {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

function baseName(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.md$/i, '')
}

function topicsEntries(list: List): TopicsEntry[] {
  const entries: TopicsEntry[] = []
  for (const item of list.children) {
    const [first] = collectLinks(item, new Map())
    if (first)
      entries.push({ href: first.url, text: toString(first.node).trim(), ...at(first.node) })
  }
  return entries
}

function isTopicsHeading(paragraph: Paragraph, next: RootContent | undefined): boolean {
  const split = splitPseudoHeading(paragraph)
  return (
    split !== null &&
    split.rest === null &&
    toString(split.strong).trim() === 'Topics' &&
    next?.type === 'list'
  )
}

/**
 * Parses one Markdown page of the upstream dialect into its title, sections (headings and bold
 * pseudo-headings), content blocks with their annotations, Topics list and links. Never throws
 * for any text; problems become diagnostics.
 */
export function parsePage(input: ParsePageInput): { page: ParsedPage; diagnostics: Diagnostic[] } {
  const { file, service } = input
  const diagnostics: Diagnostic[] = []
  const tree: Root = parseMarkdown(input.markdown)
  const front = readFrontMatter(tree, input.markdown, file)
  diagnostics.push(...front.diagnostics)
  const dialect = unwrapDialect(tree, input.markdown, file)
  diagnostics.push(...dialect.diagnostics)
  const definitions = new Map<string, Definition>()
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node)
  }

  const titleHeading = tree.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  )
  const titleInfo = titleHeading ? headingInfo(titleHeading.children) : null
  const frontTitle = front.frontMatter?.title ?? null
  const title = titleInfo?.text || frontTitle || baseName(file)
  const anchor =
    titleInfo?.anchor ??
    (slugify(titleInfo?.text || frontTitle || '') || anchorId(baseName(file)) || 'page')
  const topicId = `${service}.${anchorId(anchor) || 'page'}`
  const titleAt = titleHeading
    ? at(titleHeading)
    : { line: front.frontMatter?.line ?? 1, column: 1 }
  const source: Source = { file, ...titleAt, headingPath: [] }
  if (!titleInfo?.text && !frontTitle && tree.children.length > 0) {
    diagnostics.push(createDiagnostic('missing-title', source, { title }))
  }

  const sections: Section[] = []
  const blocks: PageBlock[] = []
  const links: Link[] = []
  const linkIds = new Map<object, string>()
  let topicsList: TopicsEntry[] | null = null
  const anchors = new Map<string, string>()
  const define = (name: string, id: string): void => {
    if (!anchors.has(name)) anchors.set(name, id)
  }
  define(anchor, topicId)
  for (const extra of titleInfo?.extraAnchors ?? []) define(extra, topicId)
  const stack: Section[] = []
  let headingDepth = 1
  let pending: RawAnnotation[] = []

  const headingPath = (): string[] => [title, ...stack.map((s) => s.title)]

  const addLinks = (node: Nodes): void => {
    const path = headingPath()
    const owner = stack.at(-1)?.id ?? topicId
    const onHtml = (html: Html): void => {
      for (const name of htmlAnchors(html.value)) define(name, owner)
    }
    for (const { node: linkNode, url } of collectLinks(node, definitions, onHtml)) {
      const id = `${topicId}.link-${links.length + 1}`
      linkIds.set(linkNode, id)
      links.push({
        id,
        kind: EXTERNAL.test(url) ? 'external' : 'internal',
        href: url,
        text: toString(linkNode).trim(),
        from: topicId,
        control: null,
        target: null,
        source: { file, ...at(linkNode), headingPath: path },
      })
    }
  }

  const dropPending = (): void => {
    for (const annotation of pending) {
      diagnostics.push(createDiagnostic('orphan-annotation', { file, ...annotation }))
    }
    pending = []
  }

  const openSection = (
    node: Nodes,
    text: string,
    explicit: string | null,
    depth: number,
    pseudo: boolean,
    extraAnchors: string[] = [],
  ): void => {
    while (stack.length > 0 && (stack.at(-1) as Section).depth >= depth) stack.pop()
    const position = at(node)
    const wanted = explicit ?? (slugify(text) || 'section')
    let sectionAnchor = wanted
    for (let n = 2; anchors.has(sectionAnchor); n++) sectionAnchor = `${wanted}-${n}`
    // Only a repeated explicit `<a name>` is a defect: generated anchors (tab labels like
    // `#### [ Linux ]`, repeated `**Example**`) legitimately repeat and are just numbered.
    if (sectionAnchor !== wanted && explicit !== null) {
      diagnostics.push(
        createDiagnostic(
          'duplicate-anchor',
          { file, ...position },
          { anchor: wanted, renamed: sectionAnchor },
        ),
      )
    }
    const section: Section = {
      id: `${topicId}.${anchorId(sectionAnchor) || 'section'}`,
      topic: topicId,
      title: text,
      anchor: sectionAnchor,
      depth,
      pseudo,
      parent: stack.at(-1)?.id ?? null,
      source: { file, ...position, headingPath: headingPath() },
    }
    sections.push(section)
    stack.push(section)
    define(sectionAnchor, section.id)
    for (const extra of extraAnchors) define(extra, section.id)
  }

  const addBlock = (node: PageBlock['node']): void => {
    blocks.push({
      node,
      section: stack.at(-1)?.id ?? null,
      headingPath: headingPath(),
      annotations: pending,
    })
    pending = []
  }

  // The document's own word on ownership: `**Responsibility**: Customer` fields and field tables
  // set the owner of their section (and the sections under it), scope id → owner.
  const ownership = new Map<string, RawAnnotation>()
  const setOwner = (value: string, where: { line: number; column: number }): void => {
    const owner = partyOf(value)
    if (owner === undefined) {
      diagnostics.push(createDiagnostic('responsibility-unknown', { file, ...where }, { value }))
      return
    }
    const scope = stack.at(-1)?.id ?? topicId
    if (owner && !ownership.has(scope))
      ownership.set(scope, {
        text: `secgraph: owner=${owner}`,
        line: where.line,
        column: where.column,
        derived: 'field',
      })
  }
  const fields: MetadataField[] = dialect.fields
  let nextField = 0
  const takeFields = (beforeLine: number): void => {
    for (
      let field = fields[nextField];
      field && field.line < beforeLine;
      field = fields[++nextField]
    ) {
      // `**Reference**: [NIST SP 800-53](…)`: a field is no statement, but its links are links.
      addLinks(field.node)
      if (isResponsibilityLabel(field.label)) setOwner(field.value, field)
      else if (isOwnerLabel(field.label) && partyOf(field.value)) setOwner(field.value, field)
    }
  }

  const children = tree.children
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent
    takeFields(node.position?.start.line ?? 1)
    if (node === titleHeading) {
      dropPending()
      addLinks(node)
      continue
    }
    if (node.type === 'heading') {
      dropPending()
      const info = headingInfo(node.children)
      const depth = Math.max(2, node.depth)
      headingDepth = depth
      // Bold pseudo-headings are paragraph-level: a real heading always closes them.
      while (stack.at(-1)?.pseudo) stack.pop()
      openSection(node, info.text, info.anchor, depth, false, info.extraAnchors)
      addLinks(node)
      continue
    }
    if (node.type === 'html') {
      const annotations = readAnnotations(node)
      if (annotations) pending.push(...annotations)
      else addBlock(node)
      continue
    }
    if (node.type === 'paragraph') {
      const next = children[index + 1]
      if (isTopicsHeading(node, next)) {
        dropPending()
        const list = next as List
        topicsList ??= topicsEntries(list)
        addLinks(list)
        index++
        continue
      }
      const split = splitPseudoHeading(node)
      if (split) {
        const annotations = pending
        pending = []
        openSection(
          node,
          toString(split.strong).replace(/\s+/g, ' ').trim(),
          null,
          Math.min(6, headingDepth + 1),
          true,
        )
        pending = annotations
        if (split.rest) addBlock(split.rest)
        else dropPending()
        addLinks(node)
        continue
      }
    }
    if (node.type === 'paragraph' && isLinksOnly(node.children)) {
      // A lone link line or a bare URL list: navigation, whose links still count.
      dropPending()
      addLinks(node)
      continue
    }
    if (node.type === 'blockquote') {
      // So is a link alone in a callout (DocFX `> [!div class="nextstepaction"]`).
      addLinks(node)
      node.children = node.children.filter(
        (child) => child.type !== 'paragraph' || !isLinksOnly(child.children),
      )
      if (node.children.length > 0) addBlock(node)
      else dropPending()
      continue
    }
    if (node.type === 'table') {
      const responsibility = fieldTableResponsibility(node)
      if (responsibility !== null) {
        setOwner(responsibility, at(node))
        dropPending()
        addLinks(node)
        continue
      }
      const rows = readMatrix(node)
      if (rows) {
        // Each duty becomes a block of its own, owned as the matrix marks it; an annotation
        // above the matrix still has the last word.
        const explicit = pending
        for (const { duty, owner } of rows) {
          pending = [
            { text: `secgraph: owner=${owner}`, ...at(duty), derived: 'matrix' },
            ...explicit,
          ]
          const paragraph: Paragraph = { type: 'paragraph', children: duty.children }
          if (duty.position) paragraph.position = duty.position
          addBlock(paragraph)
        }
        addLinks(node)
        continue
      }
    }
    // remark-parse only puts flow (block) content at the root, whatever the mdast union says.
    addBlock(node as PageBlock['node'])
    addLinks(node)
  }
  dropPending()
  takeFields(Number.POSITIVE_INFINITY)
  if (ownership.size > 0) {
    const parentOf = new Map(sections.map((section) => [section.id, section.parent]))
    for (const block of blocks) {
      let scope: string | null = block.section
      while (scope !== null && !ownership.has(scope)) scope = parentOf.get(scope) ?? null
      const field = ownership.get(scope ?? topicId)
      // Outermost first: the block's own comments, read after it, override the field.
      if (field) block.annotations = [field, ...block.annotations]
    }
  }

  return {
    page: {
      file,
      topicId,
      title,
      anchor,
      source,
      sections,
      blocks,
      topicsList,
      anchors,
      links,
      linkIds,
    },
    diagnostics,
  }
}
