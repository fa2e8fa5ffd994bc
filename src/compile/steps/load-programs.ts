import { existsSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { LineCounter, parseDocument, isSeq, isMap } from 'yaml'
import type { Diagnostic } from '../../model/diagnostic.ts'
import type { Program } from '../../model/program.ts'
import { PROGRAM_KINDS } from '../../model/program.ts'
import { slugify } from '../../model/slugify.ts'
import { createDiagnostic } from '../diagnostics.ts'
import { findProjectRoot } from '../helpers/find-project-root.ts'
import { readInput } from './read-input.ts'
import type { InputFile } from './read-input.ts'

/** The program vocabulary in id order, and the file it came from (hashed with the content). */
export interface Vocabulary {
  programs: Program[]
  input: InputFile | null
}

const KEYS = ['id', 'name', 'aliases', 'kind', 'issuer', 'url']

/**
 * Loads `programs.yml` from the content root, else the project's own `content/programs.yml`.
 * Invalid entries are reported and left out; the valid ones are still used.
 */
export async function loadPrograms(
  contentRoot: string,
  diagnostics: Diagnostic[],
): Promise<Vocabulary> {
  let file = 'programs.yml'
  if (!existsSync(join(contentRoot, file))) {
    const project = findProjectRoot()
    const fallback = project === null ? null : join(project, 'content', 'programs.yml')
    if (fallback === null || !existsSync(fallback)) {
      diagnostics.push(createDiagnostic('missing-programs-file', { file: '.', line: 1, column: 1 }))
      return { programs: [], input: null }
    }
    // Diagnostics name files relative to the content root, even the project's own vocabulary.
    file = relative(contentRoot, fallback).split(sep).join('/')
  }
  const input = await readInput(contentRoot, file, diagnostics)
  if (input.text === null) return { programs: [], input }
  return { programs: parsePrograms(input.text, file, diagnostics), input }
}

function parsePrograms(text: string, file: string, diagnostics: Diagnostic[]): Program[] {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const report = (offset: number, reason: string): void => {
    const { line, col } = lineCounter.linePos(offset)
    diagnostics.push(
      createDiagnostic('invalid-programs-file', { file, line, column: col }, { reason }),
    )
  }
  if (document.errors.length > 0) {
    for (const error of document.errors)
      report(error.pos[0], error.message.split('\n')[0] ?? 'YAML error')
    return []
  }
  if (!isSeq(document.contents)) {
    report(document.contents?.range?.[0] ?? 0, 'the file must be a YAML list of programs')
    return []
  }
  const programs: Program[] = []
  const seen = new Set<string>()
  for (const item of document.contents.items) {
    const offset = (isMap(item) ? item.range?.[0] : undefined) ?? 0
    const value: unknown = isMap(item) ? item.toJSON() : null
    const problem = checkProgram(value)
    if (problem !== null) {
      report(offset, problem)
      continue
    }
    const program = value as Program
    if (seen.has(program.id)) {
      report(offset, `program id "${program.id}" appears twice`)
      continue
    }
    seen.add(program.id)
    programs.push({
      id: program.id,
      name: program.name,
      aliases: [...program.aliases],
      kind: program.kind,
      issuer: program.issuer,
      url: program.url,
      // Derived from the catalogs by the build (`withCoverage`), never written in programs.yml.
      coverage: null,
    })
  }
  return programs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function checkProgram(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'each entry must be a mapping'
  const record = value as Record<string, unknown>
  const label = typeof record.id === 'string' ? `program "${record.id}"` : 'a program'
  for (const key of Object.keys(record)) {
    if (!KEYS.includes(key)) return `${label} has unknown key "${key}"`
  }
  for (const key of ['id', 'name', 'issuer', 'url']) {
    if (typeof record[key] !== 'string' || record[key] === '')
      return `${label} needs a non-empty string "${key}"`
  }
  if (slugify(record.id as string) !== record.id) return `${label}: id must be a lower-case slug`
  if (
    !Array.isArray(record.aliases) ||
    !record.aliases.every((a) => typeof a === 'string' && a !== '')
  ) {
    return `${label} needs "aliases", a list of non-empty strings`
  }
  if (!PROGRAM_KINDS.includes(record.kind as Program['kind'])) {
    return `${label} has kind "${String(record.kind)}"; expected one of ${PROGRAM_KINDS.join(', ')}`
  }
  return null
}
