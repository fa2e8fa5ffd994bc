import type { Attestation } from '../model/attestation.ts'
import type { Control } from '../model/control.ts'
import type { Program } from '../model/program.ts'
import type { Section } from '../model/section.ts'
import type { Topic } from '../model/topic.ts'
import type { NodeState } from './change.ts'

export function topicState(topic: Topic): NodeState {
  return {
    id: topic.id,
    text: topic.title,
    fields: {
      title: topic.title,
      anchor: topic.anchor,
      file: topic.source.file,
      parent: topic.parent,
    },
    sources: [topic.source],
  }
}

export function sectionState(section: Section): NodeState {
  return {
    id: section.id,
    text: section.title,
    fields: {
      title: section.title,
      anchor: section.anchor,
      topic: section.topic,
      parent: section.parent,
    },
    sources: [section.source],
  }
}

export function controlState(control: Control): NodeState {
  return {
    id: control.id,
    text: control.statement,
    fields: {
      statement: control.statement,
      owner: control.owner,
      kind: control.kind,
      programs: [...control.programs].sort(),
      topic: control.topic,
      section: control.section,
    },
    sources: [control.source],
  }
}

/** Distinct stated values of one field across a program's claims, or null when none states it. */
function joined(values: (string | null)[]): string | null {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))].sort()
  return distinct.length === 0 ? null : distinct.join(', ')
}

/**
 * All claims of one service for one program, as one node: a compliance reader cares whether the
 * service holds the program and with which level, certificate and date, not how many sentences
 * repeat the claim.
 */
export function attestationState(
  first: Attestation,
  claims: Attestation[],
  programs: Program[],
): NodeState {
  const name = programs.find((p) => p.id === first.program)?.name ?? first.program
  return {
    id: `${first.service}.${first.program}`,
    text: name,
    fields: {
      program: first.program,
      level: joined(claims.map((c) => c.level)),
      certificate: joined(claims.map((c) => c.certificate)),
      since: joined(claims.map((c) => c.since)),
    },
    sources: claims.map((c) => c.source),
  }
}
