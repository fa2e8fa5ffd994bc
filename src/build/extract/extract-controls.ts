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
import type { Control, ControlKind, Owner } from '../../model/control.ts'
import type { Diagnostic } from '../../model/diagnostic.ts'
import type { Program } from '../../model/program.ts'
import type { Service } from '../../model/service.ts'
import { createDiagnostic } from '../diagnostics.ts'
import type { PageBlock, ParsedPage } from '../parsed-page.ts'
import type { Annotation } from './annotation.ts'
import { analyzeClause } from './analyze-clause.ts'
import { createSentenceClassifier } from './classify-sentence.ts'
import type { Classification } from './classify-sentence.ts'
import { controlId } from './control-id.ts'
import { findClaims, findFollowUp } from './find-attestations.ts'
import { createProgramFinder } from './find-programs.ts'
import { flattenPhrasing } from './flatten-phrasing.ts'
import type { FlatText } from './flatten-phrasing.ts'
import type { Point } from './locate-chars.ts'
import { isAnnotationText, parseAnnotation } from './parse-annotation.ts'
import { createPartyClassifier, serviceAliases } from './party.ts'
import { splitClauses } from './split-clauses.ts'
import { splitSentences } from './split-sentences.ts'
import { AUXILIARIES } from './verb-terms.ts'

export interface ExtractContext {
  service: Service
  programs: Program[]
  /** The page's Markdown. Optional: when given, sources get exact columns despite escapes. */
  markdown?: string
  /** Called with every candidate statement and what inference made of it (for tooling). */
  trace?: (statement: string, classification: Classification) => void
}

export interface ExtractResult {
  controls: Control[]
  attestations: Attestation[]
  diagnostics: Diagnostic[]
}

/** One candidate statement: a sentence, a clause of one, or a list item's sentence. */
interface Unit {
  statement: string
  point: Point
  section: string | null
  headingPath: string[]
  references: string[]
  classification: Classification
  /** Annotations that apply, outermost first (block, then item/sentence). */
  annotations: Annotation[]
}

/** What handlers share while walking one page block. */
interface Walk {
  block: PageBlock
  blockAnnotations: Annotation[]
  units: Unit[]
}

// Signals too weak to survive introducing a code sample ("To create X, use the following name:").
const WEAK_RULES = new Set([
  'imperative',
  'imperative-admonition',
  'you-can',
  'lets-you',
  'provider-supports',
  'provider-security',
  'no-signal',
  'procedure',
])
const LINK_LIST_FILLER = /^[\s,;:.()–—-]*$/

const reparse = unified().use(remarkParse)
const PIPE_TABLE = /^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}:?\s*\|/m

const ownerOf = (party: Classification['party']): Owner | null =>
  party === 'provider' || party === 'customer' || party === 'shared' ? party : null

/** A list whose items hold nothing but links is navigation. */
function isLinkList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((child) => {
      if (child.type === 'list') return isLinkList(child)
      if (child.type !== 'paragraph') return false
      const links = child.children.filter(
        (node) => node.type === 'link' || node.type === 'linkReference',
      )
      const rest = child.children.filter(
        (node) => node.type !== 'link' && node.type !== 'linkReference',
      )
      return (
        links.length > 0 &&
        rest.every((node) => node.type === 'text' && LINK_LIST_FILLER.test(node.value))
      )
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
  const finder = createProgramFinder(context.programs)
  const names = serviceAliases(service.name, service.id)
  const classifier = createSentenceClassifier({ serviceNames: names, programs: finder })
  const partyOf = createPartyClassifier(names, finder)
  const diagnostics: Diagnostic[] = []
  const allUnits: { unit: Unit; blockIndex: number }[] = []

  const readAnnotation = (text: string, line: number, column: number): Annotation | null => {
    if (!isAnnotationText(text)) return null
    const parsed = parseAnnotation({ text, file: page.file, line, column, isProgram: finder.has })
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
    const party = partyOf(shape.head)
    return party === 'provider' || party === 'customer'
  }

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
      const clauses = splitClauses(span.text, startsWithParty)
      let parts = [{ text: span.text, start: 0, classification: whole }]
      if (clauses.length > 1) {
        const split = clauses.map((clause) => ({
          ...clause,
          classification: classifier.classify(clause.text, {
            leadIn: inherited,
            contrastive: true,
          }),
        }))
        const owners = new Set(
          split.map((part) => part.classification.control && part.classification.owner),
        )
        if (split.every((part) => part.classification.control) && owners.size > 1) parts = split
      }
      for (const part of parts) {
        const start = span.start + part.start
        const end = start + part.text.length
        const references = flat.links
          .filter((link) => link.start >= start && link.start < end)
          .map((link) => page.linkIds.get(link.node))
          .filter((id): id is string => id !== undefined)
        walk.units.push({
          statement: part.text,
          point: flat.points[start] ?? { line: 1, column: 1 },
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
    if (next.type === 'list' && c.announces)
      unit.classification = { ...c, control: false, rule: 'lead-in' }
    if (next.type === 'code' && (WEAK_RULES.has(c.rule) || c.imperative))
      unit.classification = { ...c, control: false, rule: 'code-lead-in' }
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
    blocks(walk, item.children as RootContent[], leadIn)
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
    // The header row names columns; cells of the other rows are statements of their own.
    for (const row of t.children.slice(1)) {
      for (const cell of row.children) {
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
    const blockAnnotations = block.annotations
      .map((raw) => readAnnotation(raw.text, raw.line, raw.column))
      .filter((annotation): annotation is Annotation => annotation !== null)
    const walk: Walk = { block, blockAnnotations, units: [] }
    const previous = page.blocks[blockIndex - 1]
    // A list continues the paragraph above it: that paragraph's closing "…:" is its lead-in.
    const leadIn =
      block.node.type === 'list' && previous?.section === block.section && previousLast?.leadIn
        ? previousLast
        : null
    const next = page.blocks[blockIndex + 1]
    const nextNode = next?.section === block.section ? (next.node as RootContent) : undefined
    const handler = handlers[block.node.type] ?? none
    previousLast = handler(walk, block.node as RootContent, nextNode, leadIn)
    finishLeadIn(walk, 0, nextNode)
    for (const unit of walk.units) allUnits.push({ unit, blockIndex })
  }

  return finish(page, context, finder, allUnits, diagnostics)
}

/** Applies annotations, assigns ids and programs, and derives attestations. */
function finish(
  page: ParsedPage,
  context: ExtractContext,
  finder: ReturnType<typeof createProgramFinder>,
  units: { unit: Unit; blockIndex: number }[],
  diagnostics: Diagnostic[],
): ExtractResult {
  const controls: Control[] = []
  const attestations: Attestation[] = []
  const pinned = new Map<Annotation, Control[]>()
  const seen = new Map<string, number>()

  const followUps = new Map<Control, string>()
  for (const [index, { unit }] of units.entries()) {
    context.trace?.(unit.statement, unit.classification)
    const merged = mergeAnnotations(unit.annotations)
    const c = unit.classification
    if (merged?.skip) continue
    if (!c.control && !merged?.control) continue
    const kind: ControlKind | null = merged?.kind ?? c.kind
    const owner: Owner | null = merged?.owner ?? c.owner ?? ownerOf(c.party)
    if (!kind || !owner) {
      const annotation = unit.annotations.at(-1) as Annotation
      diagnostics.push(
        createDiagnostic(
          'annotation-syntax',
          { file: page.file, line: annotation.line, column: annotation.column },
          {
            reason: `"control" needs ${!kind ? 'kind=' : ''}${!kind && !owner ? ' and ' : ''}${!owner ? 'owner=' : ''} here, because inference found none`,
          },
        ),
      )
      continue
    }
    const headingPrograms = unit.headingPath.flatMap((title) => finder.find(title))
    const programs =
      merged?.programs ?? [...new Set([...finder.find(unit.statement), ...headingPrograms])].sort()
    const scope = unit.section ?? page.topicId
    const base = controlId(scope, unit.statement)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    const control: Control = {
      id: count === 1 ? base : `${base}-${count}`,
      service: context.service.id,
      topic: page.topicId,
      section: unit.section,
      statement: unit.statement,
      kind,
      owner,
      programs,
      source: {
        file: page.file,
        line: unit.point.line,
        column: unit.point.column,
        headingPath: unit.headingPath,
      },
      origin: merged ? 'annotated' : 'inferred',
      confidence: merged ? 1 : c.confidence,
      references: unit.references,
    }
    controls.push(control)
    const following = units[index + 1]
    if (following && following.blockIndex === units[index]?.blockIndex) {
      followUps.set(control, following.unit.statement)
    }
    const idCarrier = [...unit.annotations].reverse().find((annotation) => annotation.id)
    if (idCarrier) pinned.set(idCarrier, [...(pinned.get(idCarrier) ?? []), control])
  }

  for (const [annotation, pinnedControls] of pinned) {
    const only = pinnedControls[0]
    if (pinnedControls.length === 1 && only && annotation.id)
      only.id = `${page.topicId}.${annotation.id}`
    else
      diagnostics.push(
        createDiagnostic(
          'annotation-id-ambiguous',
          { file: page.file, line: annotation.line, column: annotation.column },
          { value: annotation.id ?? '', count: pinnedControls.length },
        ),
      )
  }

  for (const control of controls) {
    if (control.kind !== 'guarantee' || control.owner !== 'provider') continue
    const innermost =
      [...control.source.headingPath]
        .reverse()
        .map((title) => finder.find(title))
        .find((ids) => ids.length > 0) ?? []
    const fromAnnotation = control.origin === 'annotated' ? control.programs : []
    for (const claim of findClaims(
      control.statement,
      finder,
      innermost.length ? innermost : fromAnnotation,
    )) {
      // "… comply with FIPS 140-2 Level 3. Certificate #3254 was issued on August 2, 2018."
      const followUp = claim.certificate ? null : findFollowUp(followUps.get(control) ?? '')
      attestations.push({
        id: '',
        service: context.service.id,
        program: claim.program,
        level: claim.level,
        certificate: claim.certificate ?? followUp?.certificate ?? null,
        since: claim.since ?? followUp?.since ?? null,
        control: control.id,
        source: control.source,
      })
    }
  }
  return { controls, attestations: numberAttestations(attestations), diagnostics }
}

/** Later (inner) annotations override earlier (outer) ones key by key. */
function mergeAnnotations(annotations: Annotation[]): Annotation | null {
  if (annotations.length === 0) return null
  const merged: Annotation = { ...(annotations[0] as Annotation) }
  for (const annotation of annotations.slice(1)) {
    if (annotation.owner) merged.owner = annotation.owner
    if (annotation.kind) merged.kind = annotation.kind
    if (annotation.programs) merged.programs = annotation.programs
    merged.skip ||= annotation.skip
    merged.control ||= annotation.control
  }
  return merged
}

/** `<service>.<program>`, then `-2`, `-3`… for further claims of the same program. */
function numberAttestations(attestations: Attestation[]): Attestation[] {
  const seen = new Map<string, number>()
  return attestations.map((attestation) => {
    const base = `${attestation.service}.${attestation.program}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { ...attestation, id: n === 1 ? base : `${base}-${n}` }
  })
}
