import type { Attestation } from '../../model/attestation.ts'
import type { Control, ControlKind, Owner } from '../../model/control.ts'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { createDiagnostic } from '../diagnostics.ts'
import { applyRequirementAnnotation } from '../map/apply-requirement-annotation.ts'
import { supportsOf } from '../map/supports-of.ts'
import type { ParsedPage } from '../parsed-page.ts'
import type { Annotation } from './annotation.ts'
import type { Classification } from './classification.ts'
import { controlId } from './control-id.ts'
import type { ExtractContext, ExtractResult } from './extract-controls.ts'
import { completeAttestations } from './complete-attestations.ts'
import type { ClaimSite } from './complete-attestations.ts'
import { findClaims } from './find-attestations.ts'
import { listedPrograms } from './find-programs.ts'
import type { ProgramFinder } from './find-programs.ts'
import { numberAttestations } from './number-attestations.ts'
import type { Unit } from './unit.ts'

const ownerOf = (party: Classification['party']): Owner | null =>
  party === 'provider' || party === 'customer' || party === 'shared' ? party : null

/** Applies annotations, assigns ids and programs, and derives attestations. */
export function finishControls(
  page: ParsedPage,
  context: ExtractContext,
  finder: ProgramFinder,
  units: { unit: Unit; blockIndex: number }[],
  diagnostics: Diagnostic[],
): ExtractResult {
  const controls: Control[] = []
  const attestations: Attestation[] = []
  const pinned = new Map<Annotation, Control[]>()
  const seen = new Map<string, number>()

  const sites = new Map<Control, { index: number; block: number }>()
  const last: { control: Control | null; blockIndex: number } = { control: null, blockIndex: -1 }
  // A control's statement plus the sentences that only named its programs, for attestations.
  const claimText = new Map<Control, string>()
  for (const [index, { unit, blockIndex }] of units.entries()) {
    context.trace?.(unit.statement, unit.classification, unit.point)
    const merged = mergeAnnotations(unit.annotations)
    const c = unit.classification
    // "These include SOC, PCI and HIPAA.": the programs belong to the control before it.
    const previous = last.blockIndex === blockIndex ? last.control : null
    if (c.rule === 'anaphora' && !merged && previous) {
      const programs = finder.find(unit.statement)
      previous.programs = [...new Set([...previous.programs, ...programs])].sort()
      claimText.set(previous, `${claimText.get(previous) ?? previous.statement} ${unit.statement}`)
      continue
    }
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
    const following = units[index + 1]
    const listed =
      following?.blockIndex === units[index]?.blockIndex
        ? listedPrograms(following?.unit.statement ?? '', finder)
        : []
    const programs =
      merged?.programs ??
      [...new Set([...finder.find(unit.statement), ...headingPrograms, ...listed])].sort()
    const inferred =
      context.requirements?.mapper.map(unit.statement, { headingPath: unit.headingPath }) ?? []
    const requirements = applyRequirementAnnotation(inferred, merged?.requirements)
    const supports = context.requirements
      ? supportsOf(requirements, context.requirements.catalog)
      : []
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
      requirements,
      supports,
    }
    controls.push(control)
    sites.set(control, { index, block: blockIndex })
    last.control = control
    last.blockIndex = blockIndex
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

  const claims: ClaimSite[] = []
  for (const control of controls) {
    if (control.kind !== 'guarantee' || control.owner !== 'provider') continue
    const innermost =
      [...control.source.headingPath]
        .reverse()
        .map((title) => finder.find(title))
        .find((ids) => ids.length > 0) ?? []
    const fromAnnotation = control.origin === 'annotated' ? control.programs : []
    for (const claim of findClaims(
      claimText.get(control) ?? control.statement,
      finder,
      innermost.length ? innermost : fromAnnotation,
    )) {
      const attestation: Attestation = {
        id: '',
        service: context.service.id,
        program: claim.program,
        level: claim.level,
        certificate: claim.certificate,
        since: claim.since,
        control: control.id,
        source: control.source,
      }
      attestations.push(attestation)
      const site = sites.get(control) ?? { index: -1, block: -1 }
      claims.push({ attestation, ...site, section: control.section })
    }
  }
  // Facts stated apart from the claim: "Certificate #3254 was issued on …" under a FIPS heading.
  const statements = units.map(({ unit, blockIndex }) => ({ ...unit, block: blockIndex }))
  completeAttestations(claims, statements, finder, context.programs)
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
    if (annotation.requirements) merged.requirements = annotation.requirements
    merged.skip ||= annotation.skip
    merged.control ||= annotation.control
  }
  return merged
}
