import { CONTROL_KINDS, OWNERS } from '../../model/control.ts'
import type { ControlKind, Owner } from '../../model/control.ts'
import type { Diagnostic } from '../../model/diagnostic.ts'
import { createDiagnostic } from '../diagnostics.ts'
import type { DiagnosticCode } from '../diagnostics.ts'
import type { Annotation, RequirementAnnotation } from './annotation.ts'

export interface AnnotationInput {
  /** The comment's text between `<!--` and `-->`, trimmed. */
  text: string
  file: string
  line: number
  column: number
  /** Canonical program ids of the vocabulary. */
  isProgram: (id: string) => boolean
  /** Full id of a catalog requirement as people write it (`SC-28(1)`), null when unknown. */
  resolveRequirement?: (id: string) => string | null
}

export interface ParsedAnnotation {
  /** Null when the comment is not a secgraph annotation or cannot be understood at all. */
  annotation: Annotation | null
  diagnostics: Diagnostic[]
}

const PREFIX = /^secgraph\s*:/i
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const KEYS = 'owner, kind, programs, requirements, id, skip, control'

/** Whether an HTML comment's text is meant for secgraph at all. */
export const isAnnotationText = (text: string): boolean => PREFIX.test(text.trim())

/**
 * Parses `secgraph: owner=customer kind=recommendation programs=pci-dss,soc-2
 * requirements=sc-28,+ia-2.1,-ac-3 id=x skip control`.
 * Bad values are reported and dropped; the rest of the annotation still applies.
 */
export function parseAnnotation(input: AnnotationInput): ParsedAnnotation {
  const diagnostics: Diagnostic[] = []
  const location = { file: input.file, line: input.line, column: input.column }
  const report = (code: DiagnosticCode, params: Record<string, string>): void => {
    diagnostics.push(createDiagnostic(code, location, params))
  }
  const text = input.text.trim()
  if (!PREFIX.test(text)) return { annotation: null, diagnostics }

  const annotation: Annotation = {
    skip: false,
    control: false,
    line: input.line,
    column: input.column,
  }
  const tokens = text.replace(PREFIX, '').trim().split(/\s+/).filter(Boolean)
  if (tokens.length === 0) {
    report('annotation-syntax', { reason: `empty annotation (give one of ${KEYS})` })
    return { annotation: null, diagnostics }
  }
  for (const token of tokens) {
    const equals = token.indexOf('=')
    const key = (equals < 0 ? token : token.slice(0, equals)).toLowerCase()
    const value = equals < 0 ? null : token.slice(equals + 1)
    if (value === null) {
      if (key === 'skip' || key === 'control') annotation[key] = true
      else report('annotation-syntax', { reason: `"${token}" is neither a flag nor key=value` })
      continue
    }
    if (value === '') {
      report('annotation-syntax', { reason: `"${key}" has an empty value` })
      continue
    }
    switch (key) {
      case 'owner':
        if ((OWNERS as readonly string[]).includes(value)) annotation.owner = value as Owner
        else report('annotation-unknown-owner', { value })
        break
      case 'kind':
        if ((CONTROL_KINDS as readonly string[]).includes(value))
          annotation.kind = value as ControlKind
        else report('annotation-unknown-kind', { value })
        break
      case 'programs': {
        const ids = value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
        for (const id of ids)
          if (!input.isProgram(id)) report('annotation-unknown-program', { value: id })
        annotation.programs = [...new Set(ids.filter((id) => input.isProgram(id)))].sort()
        break
      }
      case 'requirements': {
        const parsed: RequirementAnnotation = { pin: null, add: [], reject: [], text: value }
        for (const item of value.split(',').map((id) => id.trim())) {
          if (!item) continue
          const sign = item[0] === '+' || item[0] === '-' ? item[0] : ''
          const id = input.resolveRequirement?.(item.slice(sign.length)) ?? null
          if (id === null) {
            report('annotation-unknown-requirement', { value: item.slice(sign.length) })
            continue
          }
          const list =
            sign === '+' ? parsed.add : sign === '-' ? parsed.reject : (parsed.pin ??= [])
          if (!list.includes(id)) list.push(id)
        }
        annotation.requirements = parsed
        break
      }
      case 'id':
        if (ID.test(value)) annotation.id = value
        else report('annotation-syntax', { reason: `id "${value}" is not a lower-case slug` })
        break
      default:
        report('annotation-syntax', { reason: `unknown key "${key}" (known: ${KEYS})` })
    }
  }
  if (annotation.skip && annotation.control) {
    report('annotation-syntax', { reason: 'skip and control contradict each other (skip wins)' })
    annotation.control = false
  }
  return { annotation, diagnostics }
}
