import type {
  Blockquote,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Attestation } from '../../model/attestation.ts'
import type { Control } from '../../model/control.ts'
import type { Diagnostic } from '../../model/diagnostic.ts'
import type { Program } from '../../model/program.ts'
import type { Service } from '../../model/service.ts'
import { resolveRequirementId } from '../map/index.ts'
import type { RequirementCatalog, RequirementMapper } from '../map/index.ts'
import type { PageBlock, ParsedPage, RawAnnotation } from '../parsed-page.ts'
import type { Annotation } from './annotation.ts'
import { analyzeClause } from './analyze-clause.ts'
import type { Classification } from './classification.ts'
import { explainStep } from './classify-sentence.ts'
import type { ClassifierRule, RuleName } from './rules/index.ts'
import { PAGE_RULES, pageRuleFor } from './rules/page.ts'
import { finishControls } from './finish-controls.ts'
import { flattenPhrasing } from './flatten-phrasing.ts'
import type { FlatText } from './flatten-phrasing.ts'
import { pointAt } from './locate-chars.ts'
import type { Point } from './locate-chars.ts'
import { isAnnotationText, parseAnnotation } from './parse-annotation.ts'
import { serviceReader } from './service-reader.ts'
import { createDutySplitter } from './split-duties.ts'
import { splitSentences } from './split-sentences.ts'
import type { Unit } from './unit.ts'
import { AUXILIARIES } from './terms/verb-terms.ts'

export interface ExtractContext {
  service: Service
  programs: Program[]
  /** The page's Markdown. Optional: when given, sources get exact columns despite escapes. */
  markdown?: string
  /** Maps each control to catalog requirements; without it controls carry none. */
  requirements?: { mapper: RequirementMapper; catalog: RequirementCatalog }
  /** Called with every candidate statement and what inference made of it (for tooling). */
  trace?: (statement: string, classification: Classification, point: Point) => void
}

export interface ExtractResult {
  controls: Control[]
  attestations: Attestation[]
  diagnostics: Diagnostic[]
}

/** What handlers share while walking one page block. */
interface Walk {
  block: PageBlock
  blockAnnotations: Annotation[]
  units: Unit[]
}

const LINK_LIST_FILLER = /^[\s,;:.()–—-]*$/

const reparse = unified().use(remarkParse)
const PIPE_TABLE = /^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}:?\s*\|/m

/** Phrasing made of links and separators only (navigation, not a statement). */
function isLinksOnly(nodes: readonly PhrasingContent[]): boolean {
  const links = nodes.filter((node) => node.type === 'link' || node.type === 'linkReference')
  const rest = nodes.filter((node) => node.type !== 'link' && node.type !== 'linkReference')
  return (
    links.length > 0 &&
    rest.every((node) => node.type === 'text' && LINK_LIST_FILLER.test(node.value))
  )
}

/** A paragraph that is one bold phrase and nothing else. */
function isBoldOnly(p: Paragraph): boolean {
  const parts = p.children.filter((node) => !(node.type === 'text' && !node.value.trim()))
  return parts.length === 1 && parts[0]?.type === 'strong'
}

/** A list whose items hold nothing but links is navigation. */
function isLinkList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((child) => {
      if (child.type === 'list') return isLinkList(child)
      return child.type === 'paragraph' && isLinksOnly(child.children)
    }),
  )
}

/** Offsets a reparsed fragment's positions so they point into the original file. */
function shift(node: Nodes, base: Point): void {
  const move = (point: { line: number; column: number; offset?: number | undefined }): void => {
    if (point.line === 1) point.column += base.column - 1
    point.line += base.line - 1
    delete point.offset
  }
  if (node.position) {
    move(node.position.start)
    move(node.position.end)
  }
  if ('children' in node) for (const child of node.children) shift(child, base)
}

/** Extracts the controls, attestations and annotation diagnostics of one parsed page. */
export function extractControls(page: ParsedPage, context: ExtractContext): ExtractResult {
  const { service } = context
  const { finder, classifier } = serviceReader(service, context.programs)
  const diagnostics: Diagnostic[] = []
  const allUnits: { unit: Unit; blockIndex: number }[] = []

  const readAnnotation = (text: string, line: number, column: number): Annotation | null => {
    if (!isAnnotationText(text)) return null
    const parsed = parseAnnotation({
      text,
      file: page.file,
      line,
      column,
      isProgram: finder.has,
      resolveRequirement: (id) =>
        context.requirements ? resolveRequirementId(context.requirements.catalog, id) : null,
    })
    diagnostics.push(...parsed.diagnostics)
    return parsed.annotation
  }

  // A right-hand clause opens with its own party subject ("…, and you must rotate keys").
  const startsWithParty = (text: string): boolean => {
    const shape = analyzeClause(text)
    if (shape.imperative || !shape.verb || shape.subject !== shape.head) return false
    if (shape.subject.split(/\s+/).length > 5 || /ing$/.test(shape.verb)) return false
    const finite =
      /^(?:you|we|they)$/i.test(shape.subject) ||
      /(?:s|ed)$/.test(shape.verb) ||
      AUXILIARIES.includes(shape.verb)
    if (!finite) return false
    const party = classifier.partyOf(shape.head)
    return party === 'provider' || party === 'customer'
  }

  const splitDuties = createDutySplitter(classifier, startsWithParty)

  /** Sentences (and two-party clauses) of one run of phrasing content. */
  const phrasing = (
    walk: Walk,
    nodes: readonly PhrasingContent[],
    continuationColumn: number,
    leadIn: Classification | null,
  ): Classification | null => {
    const flat: FlatText = flattenPhrasing(nodes, {
      continuationColumn,
      markdown: context.markdown,
    })
    const comments = flat.comments
      .map((comment) => ({
        comment,
        annotation: readAnnotation(comment.value, comment.line, comment.column),
      }))
      .filter(
        (entry): entry is { comment: FlatText['comments'][0]; annotation: Annotation } =>
          entry.annotation !== null,
      )
    let previous: Classification | null = null
    let last: Classification | null = null
    const sentences = splitSentences(flat.text)
    for (const [index, span] of sentences.entries()) {
      // An inline annotation applies to the sentence that starts at or after it.
      const inline = comments
        .filter(
          ({ comment }) =>
            comment.offset <= span.start &&
            (index === 0 || comment.offset > (sentences[index - 1]?.start ?? -1)),
        )
        .map(({ annotation }) => annotation)
      const inherited = index === 0 ? leadIn : null
      const whole = classifier.classify(span.text, { leadIn: inherited, previous })
      const parts = splitDuties(span.text, whole, inherited)
      for (const part of parts) {
        const start = span.start + part.start
        const end = start + part.text.length
        const references = flat.links
          .filter((link) => link.start >= start && link.start < end)
          .map((link) => page.linkIds.get(link.node))
          .filter((id): id is string => id !== undefined)
        walk.units.push({
          statement: part.text,
          point: pointAt(flat.points, start) ?? { line: 1, column: 1 },
          section: walk.block.section,
          headingPath: walk.block.headingPath,
          references,
          classification: part.classification,
          annotations: [...walk.blockAnnotations, ...inline],
        })
      }
      previous = whole
      last = whole
    }
    return last
  }

  /** Handles one block-level node; returns the classification of its last sentence. */
  type Handler = (
    walk: Walk,
    node: RootContent,
    next: RootContent | undefined,
    leadIn: Classification | null,
  ) => Classification | null

  const blocks = (
    walk: Walk,
    nodes: readonly RootContent[],
    leadIn: Classification | null,
  ): Classification | null => {
    let inherited = leadIn
    let last: Classification | null = null
    for (const [index, node] of nodes.entries()) {
      const next = nodes[index + 1]
      const before = walk.units.length
      last = (handlers[node.type] ?? none)(walk, node, next, inherited)
      // A nested list hangs off the item text above it when that ends in a colon.
      inherited = next?.type === 'list' && last?.leadIn ? last : leadIn
      finishLeadIn(walk, before, next)
    }
    return last
  }

  /** A lead-in ending in a colon is not a control itself when it just announces a list or code. */
  const finishLeadIn = (walk: Walk, before: number, next: RootContent | undefined): void => {
    const unit = walk.units.at(-1)
    if (!unit || walk.units.length === before || !unit.classification.leadIn || !next) return
    const c = unit.classification
    const name = pageRuleFor(c, unit.statement, next.type)
    if (!name) return
    const entry = PAGE_RULES.find((rule) => rule.name === name) as ClassifierRule<RuleName>
    unit.classification = {
      ...c,
      control: false,
      rule: name,
      trace: [...c.trace, explainStep(entry, { words: unit.statement, head: '' })],
    }
  }

  const none: Handler = () => null

  const paragraph: Handler = (walk, node, _next, leadIn) => {
    const p = node as Paragraph
    // A pipe table the parser left as text: cells are not sentences, and joined they are noise.
    if (PIPE_TABLE.test(toString(p))) return null
    const column = p.position?.start.column ?? 1
    // "**Important**" + hard break inside a quote or item is a label, not part of a sentence.
    const [first, second] = p.children
    const children =
      first?.type === 'strong' && second?.type === 'break' ? p.children.slice(2) : p.children
    return phrasing(walk, children, column, leadIn)
  }

  const html: Handler = (walk, node, _next, leadIn) => {
    if (node.type !== 'html') return null
    // "<!-- secgraph: … --> text" at the start of a block is parsed by Markdown as one HTML
    // block; the comment annotates the text, which is reparsed as Markdown.
    const match = /^\s*<!--([\s\S]*?)-->/.exec(node.value)
    if (!match) return null
    const rest = node.value.slice(match[0].length)
    if (!rest.trim()) return null
    const start = node.position?.start ?? { line: 1, column: 1 }
    const annotation = readAnnotation((match[1] ?? '').trim(), start.line, start.column)
    const before = match[0].split('\n')
    const base: Point = {
      line: start.line + before.length - 1,
      column:
        before.length === 1 ? start.column + match[0].length : (before.at(-1)?.length ?? 0) + 1,
    }
    const tree = reparse.parse(rest)
    shift(tree, base)
    const annotations = annotation ? [annotation] : []
    const beforeUnits = walk.units.length
    const last = blocks(walk, tree.children, leadIn)
    // At the start of a list item the comment covers the item; elsewhere, its first sentence.
    const covered = walk.units.slice(
      beforeUnits,
      itemStarts.has(node) ? undefined : beforeUnits + 1,
    )
    for (const unit of covered) unit.annotations.push(...annotations)
    return last
  }

  const itemStarts = new WeakSet<object>()
  const listItem = (walk: Walk, item: ListItem, leadIn: Classification | null): void => {
    if (item.children[0]) itemStarts.add(item.children[0])
    // "- **IAM role**" followed by paragraphs: the bold line titles the item, it states nothing.
    const [first, ...rest] = item.children
    const titled = rest.length > 0 && first?.type === 'paragraph' && isBoldOnly(first)
    blocks(walk, (titled ? rest : item.children) as RootContent[], leadIn)
  }

  const list: Handler = (walk, node, _next, leadIn) => {
    const l = node as List
    if (isLinkList(l)) return null
    for (const item of l.children) listItem(walk, item, leadIn)
    return null
  }

  const blockquote: Handler = (walk, node, _next, leadIn) => {
    return blocks(walk, (node as Blockquote).children, leadIn)
  }

  const table: Handler = (walk, node) => {
    const t = node as Table
    // The header row names columns; cells of the other rows are statements of their own, except
    // a row's first cell when there are more (it names the row: a setting, an operation, a code)
    // and cells that only hold links (navigation, as in link lists).
    const columns = t.children[0]?.children.length ?? 0
    for (const row of t.children.slice(1)) {
      const cells =
        Math.max(columns, row.children.length) > 1 ? row.children.slice(1) : row.children
      for (const cell of cells) {
        if (isLinksOnly(cell.children)) continue
        phrasing(walk, cell.children, cell.position?.start.column ?? 1, null)
      }
    }
    return null
  }

  const handlers: Partial<Record<RootContent['type'], Handler>> = {
    paragraph,
    list,
    listItem: (walk, node, _next, leadIn) => {
      listItem(walk, node as ListItem, leadIn)
      return null
    },
    blockquote,
    table,
    html,
    code: none,
    heading: none,
    thematicBreak: none,
    definition: none,
    footnoteDefinition: none,
  }

  let previousLast: Classification | null = null
  for (const [blockIndex, block] of page.blocks.entries()) {
    const previous = page.blocks[blockIndex - 1]
    // A comment on its own line right under a paragraph line (no blank line) cuts the paragraph in
    // two for Markdown, but its author wrote it mid-paragraph: it covers the next sentence only.
    const midParagraph = (raw: RawAnnotation): boolean =>
      block.node.type === 'paragraph' &&
      previous?.node.type === 'paragraph' &&
      previous.node.position?.end.line === raw.line - 1
    const read = (raws: RawAnnotation[]): Annotation[] =>
      raws
        .map((raw) => readAnnotation(raw.text, raw.line, raw.column))
        .filter((annotation): annotation is Annotation => annotation !== null)
    const blockAnnotations = read(block.annotations.filter((raw) => !midParagraph(raw)))
    const firstSentence = read(block.annotations.filter(midParagraph))
    const walk: Walk = { block, blockAnnotations, units: [] }
    // A list continues the paragraph above it: that paragraph's closing "…:" is its lead-in.
    const leadIn =
      block.node.type === 'list' && previous?.section === block.section && previousLast?.leadIn
        ? previousLast
        : null
    const next = page.blocks[blockIndex + 1]
    const nextNode = next?.section === block.section ? (next.node as RootContent) : undefined
    const handler = handlers[block.node.type] ?? none
    previousLast = handler(walk, block.node as RootContent, nextNode, leadIn)
    walk.units[0]?.annotations.push(...firstSentence)
    finishLeadIn(walk, 0, nextNode)
    for (const unit of walk.units) allUnits.push({ unit, blockIndex })
  }

  return finishControls(page, context, finder, allUnits, diagnostics)
}
