import { resolve } from 'node:path'
import type { Attestation } from '../model/attestation.ts'
import type { Control } from '../model/control.ts'
import type { Diagnostic } from '../model/diagnostic.ts'
import type { Graph } from '../model/graph.ts'
import { SCHEMA_VERSION } from '../model/graph.ts'
import type { Link } from '../model/link.ts'
import type { Program } from '../model/program.ts'
import type { Section } from '../model/section.ts'
import type { Service } from '../model/service.ts'
import type { Topic } from '../model/topic.ts'
import { createDiagnostic } from './diagnostics.ts'
import { extractControls } from './extract/extract-controls.ts'
import type { ExtractContext } from './extract/extract-controls.ts'
import { createRequirementMapper, withCoverage } from './map/index.ts'
import type { RequirementCatalog } from './map/index.ts'
import { numberAttestations } from './extract/number-attestations.ts'
import { parsePage } from './parse-page.ts'
import type { ParsedPage } from './parsed-page.ts'
import { buildTree } from './steps/build-tree.ts'
import type { TreeEntry } from './steps/build-tree.ts'
import { contentHash } from './steps/content-hash.ts'
import type { HashInput } from './steps/content-hash.ts'
import { deriveService } from './steps/derive-service.ts'
import { discoverServices } from './steps/discover-services.ts'
import type { ServiceFolder } from './steps/discover-services.ts'
import { dropDuplicateIds } from './steps/drop-duplicate-ids.ts'
import { findRootPage } from './steps/find-root-page.ts'
import { findUnreachable } from './steps/find-unreachable.ts'
import { loadCatalogs } from './steps/load-catalogs.ts'
import type { CatalogMemo } from './steps/load-catalogs.ts'
import { loadPrograms } from './steps/load-programs.ts'
import { mapLimit } from './helpers/map-limit.ts'
import { readInput } from './steps/read-input.ts'
import { readServiceSettings } from './steps/read-service-settings.ts'
import type { ServiceSettings } from './steps/read-service-settings.ts'
import { createExistsCache, linkControls, resolveLinks } from './steps/resolve-links.ts'
import { sortDiagnostics } from './steps/sort-diagnostics.ts'

export interface BuildOptions {
  /** Content root directory. */
  content: string
  /** Root page file name, overrides discovery (single-service roots). */
  root?: string
  /** Service id override (single-service roots). */
  service?: string
  /** Every .md of the folder becomes a topic, not only the Topics-list tree. */
  allPages?: boolean
  /**
   * Catalogs already read (default: the process's own). A fresh `createCatalogMemo()` makes the
   * build read and index its catalogs as a one-shot `secgraph build` does (the build benchmark).
   */
  catalogs?: CatalogMemo
  onProgress?: (done: number, total: number) => void
}

/** One service after the tree and extract steps. */
interface BuiltService {
  service: Service
  entries: TreeEntry[]
  controls: Control[]
  attestations: Attestation[]
  /** Every page parsed for this service by file (all readable pages with allPages). */
  pages: Map<string, ParsedPage>
  /** Files of the pages in the graph that have no content. */
  empty: Set<string>
  rootFile: string
  indexFile: string
}

interface BuildContext {
  contentRoot: string
  options: BuildOptions
  programs: Program[]
  requirements: NonNullable<ExtractContext['requirements']>
  diagnostics: Diagnostic[]
  hashInputs: HashInput[]
  progress: { done: number; total: number }
}

const READ_CONCURRENCY = 32

/** Runs one step on one file so that a bug on odd input becomes a diagnostic, never a crash. */
function guarded<T>(context: BuildContext, file: string, stage: string, work: () => T): T | null {
  try {
    return work()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    context.diagnostics.push(
      createDiagnostic(
        'processing-failed',
        { file, line: 1, column: 1 },
        { path: file, stage, reason },
      ),
    )
    return null
  }
}

/** `target.push(...items)` without spreading: a page with ~100k controls would overflow the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

function tick(context: BuildContext, count = 1): void {
  context.progress.done += count
  context.options.onProgress?.(context.progress.done, context.progress.total)
}

/**
 * Builds the graph of a content root: discover → read → parse → tree → extract → link → validate →
 * emit. Never throws for bad content: every problem is a diagnostic in the returned graph.
 */
export async function buildGraph(options: BuildOptions): Promise<Graph> {
  const contentRoot = resolve(options.content)
  const diagnostics: Diagnostic[] = []
  // discover: the requirement catalogs (mapper vectors are computed once, here)
  const catalogs = await loadCatalogs(contentRoot, diagnostics, options.catalogs)
  const catalog: RequirementCatalog = catalogs.catalog
  const context: BuildContext = {
    contentRoot,
    options,
    programs: [],
    requirements: { catalog, mapper: createRequirementMapper(catalog) },
    diagnostics,
    hashInputs: [],
    progress: { done: 0, total: 0 },
  }

  // discover: the vocabulary and the service folders
  const vocabulary = await loadPrograms(context.contentRoot, diagnostics)
  context.programs = withCoverage(vocabulary.programs, catalog)
  if (vocabulary.input !== null) {
    const inContent = !vocabulary.input.file.startsWith('../')
    context.hashInputs.push({
      name: inContent ? vocabulary.input.file : '<project vocabulary>',
      digest: vocabulary.input.digest,
    })
  }
  for (const input of catalogs.inputs) {
    const inContent = !input.file.startsWith('../')
    context.hashInputs.push({
      name: inContent
        ? input.file
        : `<project ${input.file.slice(input.file.lastIndexOf('catalogs/'))}>`,
      digest: input.digest,
    })
  }
  const folders = await discoverServices(context.contentRoot, diagnostics)
  const single = folders.length === 1
  for (const [option, value] of [
    ['--root', options.root],
    ['--service', options.service],
  ] as const) {
    if (!single && value !== undefined && folders.length > 0) {
      diagnostics.push(
        createDiagnostic(
          'option-ignored',
          { file: '.', line: 1, column: 1 },
          { option, count: folders.length },
        ),
      )
    }
  }
  context.progress.total = folders.reduce((sum, folder) => sum + folder.pages.length, 0)

  const built: BuiltService[] = []
  for (const folder of folders) {
    const service = await buildService(folder, single, context)
    if (service !== null) built.push(service)
  }

  // link: resolve internal links across every page in the graph
  const services = dropDuplicateIds(
    built.map((b) => ({
      ...b,
      id: b.service.id,
      source: { file: b.rootFile, line: 1, column: 1, headingPath: [] },
    })),
    'service',
    diagnostics,
  ).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const graphPages = new Map<string, ParsedPage>()
  for (const b of services)
    for (const entry of b.entries) graphPages.set(entry.page.file, entry.page)
  const linkContext = {
    fileExists: createExistsCache(context.contentRoot),
    graphPages,
    knownPages: new Set(folders.flatMap((folder) => folder.pages)),
    diagnostics,
  }
  for (const page of graphPages.values())
    guarded(context, page.file, 'link', () => resolveLinks(page, linkContext))

  // validate: empty and unreachable pages, unique ids
  for (const b of services) {
    for (const { page } of b.entries) {
      if (b.empty.has(page.file)) {
        diagnostics.push(
          createDiagnostic(
            'empty-page',
            { file: page.file, line: 1, column: 1 },
            { path: page.file },
          ),
        )
      }
    }
    if (options.allPages) {
      // Reachability follows links of every readable page of the folder, in the graph or not.
      for (const page of findUnreachable([b.rootFile, b.indexFile], b.pages)) {
        if (!graphPages.has(page.file)) continue
        diagnostics.push(
          createDiagnostic(
            'unreachable-page',
            { file: page.file, line: 1, column: 1 },
            { path: page.file },
          ),
        )
      }
    }
  }
  const entries = services.flatMap((b) => b.entries)
  const sections: Section[] = dropDuplicateIds(
    entries.flatMap((e) => e.page.sections),
    'section',
    diagnostics,
  )
  const links: Link[] = dropDuplicateIds(
    entries.flatMap((e) => e.page.links),
    'link',
    diagnostics,
  )
  const controls = dropDuplicateIds(
    services.flatMap((b) => b.controls),
    'control',
    diagnostics,
  )
  linkControls(links, controls)
  const attestations = dropDuplicateIds(
    numberAttestations(services.flatMap((b) => b.attestations)),
    'attestation',
    diagnostics,
  )

  // emit: deterministic order everywhere; builtAt is the only moving part
  return {
    schemaVersion: SCHEMA_VERSION,
    contentHash: contentHash(context.hashInputs),
    builtAt: new Date().toISOString(),
    services: services.map((b) => b.service),
    topics: entries.map(toTopic),
    sections,
    controls,
    programs: context.programs,
    requirements: catalog.requirements,
    attestations,
    links,
    diagnostics: sortDiagnostics(diagnostics),
  }
}

async function buildService(
  folder: ServiceFolder,
  single: boolean,
  context: BuildContext,
): Promise<BuiltService | null> {
  const { contentRoot, options, diagnostics } = context

  // read: every page strictly as UTF-8, plus service.yml
  const texts = new Map<string, string | null>()
  for (const input of await mapLimit(folder.pages, READ_CONCURRENCY, (file) =>
    readInput(contentRoot, file, diagnostics),
  )) {
    texts.set(input.file, input.text)
    context.hashInputs.push({ name: input.file, digest: input.digest })
  }
  let settings: ServiceSettings = {}
  if (folder.serviceFile !== null) {
    const input = await readInput(contentRoot, folder.serviceFile, diagnostics)
    context.hashInputs.push({ name: input.file, digest: input.digest })
    if (input.text !== null) settings = readServiceSettings(input.text, input.file, diagnostics)
  }
  const textOf = (file: string): string | null => texts.get(file) ?? null

  // discover: the root page and the service's identity
  const explicitRoot = (single ? options.root : undefined) ?? settings.root
  const root = findRootPage(folder, explicitRoot, textOf)
  if ('reason' in root) {
    diagnostics.push(
      createDiagnostic(
        'missing-root-page',
        { file: folder.dir, line: 1, column: 1 },
        { dir: folder.dir, reason: root.reason },
      ),
    )
    tick(context, folder.pages.length)
    return null
  }
  const rootText = textOf(root.file)
  if (rootText === null) {
    // unreadable-file / invalid-utf8 already says why
    tick(context, folder.pages.length)
    return null
  }
  const probe = guarded(context, root.file, 'parse', () =>
    parsePage({ file: root.file, markdown: rootText, service: 'service' }),
  )
  if (probe === null) {
    tick(context, folder.pages.length)
    return null
  }
  const identity = deriveService(
    probe.page.title,
    settings,
    folder.dir,
    single ? options.service : undefined,
  )

  const rootTopic = `${identity.id}${probe.page.topicId.slice('service'.length)}`
  const service: Service = {
    ...identity,
    rootTopic,
    dir: folder.dir,
    ...(settings.sourceUrl !== undefined ? { sourceUrl: settings.sourceUrl } : {}),
  }

  // parse + extract: lazily, each page once, as the tree walk reaches it. The mdast is dropped
  // right after extraction so that huge corpora never hold every syntax tree at once.
  const processed = new Map<string, ProcessedPage | null>()
  const pageOf = (file: string): ParsedPage | null => {
    if (!processed.has(file)) {
      processed.set(file, processPage(file, textOf(file), service, context))
      texts.delete(file)
    }
    return processed.get(file)?.page ?? null
  }

  // tree: the root page's Topics lists, depth-first (with allPages, every other page after it)
  const entries = buildTree({
    rootFile: root.file,
    pageOf,
    otherFiles: options.allPages ? folder.pages : [],
    diagnostics,
  })
  const rootPage = pageOf(root.file)
  if (rootPage !== null && rootPage.topicsList === null) {
    diagnostics.push(createDiagnostic('missing-topics-list', rootPage.source))
  }
  tick(context, folder.pages.length - processed.size)

  const controls: Control[] = []
  const attestations: Attestation[] = []
  const empty = new Set<string>()
  for (const entry of entries) {
    const result = processed.get(entry.page.file)
    if (!result) continue
    append(controls, result.controls)
    append(attestations, result.attestations)
    if (result.empty) empty.add(result.page.file)
  }
  const pages = new Map<string, ParsedPage>()
  for (const [file, result] of processed) if (result) pages.set(file, result.page)
  const indexFile = folder.dir === '.' ? 'index.md' : `${folder.dir}/index.md`
  return {
    service,
    entries,
    controls,
    attestations,
    pages,
    empty,
    rootFile: root.file,
    indexFile,
  }
}

/** A page after parse and extract, its syntax tree released. */
interface ProcessedPage {
  page: ParsedPage
  controls: Control[]
  attestations: Attestation[]
  /** No blocks, sections nor Topics list: known before the blocks are released. */
  empty: boolean
}

function processPage(
  file: string,
  text: string | null,
  service: Service,
  context: BuildContext,
): ProcessedPage | null {
  const { diagnostics } = context
  if (text === null) return null
  const parsed = guarded(context, file, 'parse', () =>
    parsePage({ file, markdown: text, service: service.id }),
  )
  tick(context)
  if (parsed === null) return null
  append(diagnostics, parsed.diagnostics)
  const { page } = parsed
  const extracted = guarded(context, file, 'extract', () =>
    extractControls(page, {
      service,
      programs: context.programs,
      markdown: text,
      requirements: context.requirements,
    }),
  )
  if (extracted !== null) append(diagnostics, extracted.diagnostics)
  const empty = page.blocks.length === 0 && page.sections.length === 0 && page.topicsList === null
  page.blocks = []
  page.linkIds = new Map()
  return {
    page,
    controls: extracted?.controls ?? [],
    attestations: extracted?.attestations ?? [],
    empty,
  }
}

function toTopic(entry: TreeEntry): Topic {
  const { page } = entry
  return {
    id: page.topicId,
    service: page.topicId.slice(0, page.topicId.indexOf('.')),
    title: page.title,
    anchor: page.anchor,
    parent: entry.parent,
    children: entry.children,
    source: page.source,
  }
}
