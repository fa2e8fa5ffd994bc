import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ControlKind, Owner } from '../model/control.ts'
import type { Diagnostic } from '../model/diagnostic.ts'
import type { Program } from '../model/program.ts'
import type { Relation } from '../model/requirement.ts'
import { createSentenceClassifier } from './extract/index.ts'
import type { TraceStep } from './extract/index.ts'
import { createProgramFinder } from './extract/find-programs.ts'
import { serviceAliases } from './extract/party.ts'
import { createRequirementMapper, supportsOf, withCoverage } from './map/index.ts'
import type { RequirementCatalog, RequirementMapper } from './map/index.ts'
import { loadCatalogs } from './steps/load-catalogs.ts'
import { loadPrograms } from './steps/load-programs.ts'
import { readInput } from './steps/read-input.ts'
import { readServiceSettings } from './steps/read-service-settings.ts'

/** One requirement in an explanation: what the graph stores plus the catalog's label and title. */
export interface ExplainedRequirement {
  catalog: string
  /** The catalog's own id (`sc-28.1`), as in NIST's OSCAL catalog. */
  id: string
  label: string
  title: string
  relation: Relation
  confidence: number
  rationale: string
}

/** What secgraph makes of one bare statement. */
export interface Explanation {
  statement: string
  /** Whether inference takes it for a control at all. */
  control: boolean
  kind: ControlKind | null
  owner: Owner | null
  /** Programs the statement names. */
  programs: string[]
  /** Programs reached through its requirements. */
  supports: string[]
  confidence: number
  /** The classifier rule that decided. */
  rule: string
  /** The rules that fired, with the words that triggered them, the deciding rule last. */
  trace: TraceStep[]
  /** Ranked best first. */
  requirements: ExplainedRequirement[]
}

/** Everything explaining needs, loaded once from a content root. */
export interface ExplainContext {
  programs: Program[]
  catalog: RequirementCatalog
  mapper: RequirementMapper
  /** Names the content's services go by, so "AWS CloudHSM encrypts…" reads as the provider. */
  serviceNames: string[]
  diagnostics: Diagnostic[]
}

/** Loads the vocabulary, the catalogs and the service names of a content root. */
export async function loadExplainContext(content: string): Promise<ExplainContext> {
  const root = resolve(content)
  const diagnostics: Diagnostic[] = []
  const { catalog } = await loadCatalogs(root, diagnostics)
  const vocabulary = await loadPrograms(root, diagnostics)
  const serviceNames: string[] = []
  let entries: string[] = []
  try {
    entries = (await readdir(root, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  } catch {
    // A missing content root leaves the project's vocabulary and catalogs, and no service names.
  }
  for (const dir of ['.', ...entries]) {
    const file = join(dir, 'service.yml')
    const input = await readInput(root, file, [])
    if (input.text === null) continue
    const settings = readServiceSettings(input.text, file, diagnostics)
    if (settings.name !== undefined) {
      serviceNames.push(...serviceAliases(settings.name, settings.id ?? dir))
    }
  }
  return {
    programs: withCoverage(vocabulary.programs, catalog),
    catalog,
    mapper: createRequirementMapper(catalog),
    serviceNames: [...new Set(serviceNames)],
    diagnostics,
  }
}

/**
 * Classifies a bare statement with the build's own classifier and maps it to catalog
 * requirements with the build's own mapper: `secgraph explain` and the eval share this.
 */
export function explainStatement(statement: string, context: ExplainContext): Explanation {
  const finder = createProgramFinder(context.programs)
  const classifier = createSentenceClassifier({
    serviceNames: context.serviceNames,
    programs: finder,
  })
  const text = statement.replace(/\s+/g, ' ').trim()
  const c = classifier.classify(text)
  const party = c.party
  const owner: Owner | null =
    c.owner ?? (party === 'provider' || party === 'customer' || party === 'shared' ? party : null)
  const mappings = context.mapper.map(text)
  const requirements: ExplainedRequirement[] = []
  for (const mapping of mappings) {
    const requirement = context.catalog.byId.get(mapping.requirement)
    if (!requirement) continue
    requirements.push({
      catalog: requirement.catalog,
      id: requirement.controlId,
      label: requirement.label,
      title: requirement.title,
      relation: mapping.relation,
      confidence: mapping.confidence,
      rationale: mapping.rationale,
    })
  }
  return {
    statement: text,
    control: c.control,
    kind: c.kind,
    owner,
    programs: finder.find(text),
    supports: supportsOf(mappings, context.catalog),
    confidence: c.confidence,
    rule: c.rule,
    trace: c.trace,
    requirements,
  }
}
