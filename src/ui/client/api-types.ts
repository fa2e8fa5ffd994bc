import type { Attestation } from '../../model/attestation.ts'
import type { Control, ControlKind, Owner } from '../../model/control.ts'
import type { Link } from '../../model/link.ts'
import type { Program } from '../../model/program.ts'
import type { Service } from '../../model/service.ts'
import type { Facets } from '../../api/views/facets.ts'
import type { Topic } from '../../model/topic.ts'

export type { Facets } from '../../api/views/facets.ts'

// The shapes of the API answers the UI reads (see openapi/openapi.yaml), as far as it reads them.

export interface ControlHit extends Control {
  score?: number
  snippet?: string
}

export interface ControlPage {
  items: ControlHit[]
  total: number
  limit: number
  next: string | null
  prev: string | null
  facets?: Facets
}

export interface ControlRef {
  id: string
  statement: string
  kind: ControlKind
  owner: Owner
  topic: string
  section: string | null
}

export interface ControlDetail extends Omit<Control, 'references'> {
  references: Link[]
  context: {
    service: { id: string; name: string }
    topic: { id: string; title: string }
    section: { id: string; title: string } | null
  }
  attestations: Attestation[]
  related: { sameSection: ControlRef[]; samePrograms: ControlRef[] }
}

export interface ItemList<T> {
  items: T[]
  total: number
}

export type ServiceList = ItemList<Service>
export type TopicList = ItemList<Topic>
export type ProgramList = ItemList<Program>

/** A statement of the documentation in a responsibility-matrix cell. */
export interface MatrixStatement {
  control: string
  service: string
  statement: string
  owner: Owner
}

/** One requirement row of `GET /v1/checklists?baseline=…` (JSON). */
export interface RequirementRow {
  requirement: { id: string; controlId: string; label: string; title: string; family: string }
  origination: string
  reason: string
  provider: MatrixStatement[]
  customer: MatrixStatement[]
  shared: MatrixStatement[]
}

export interface ResponsibilityMatrix {
  header: { title: string; baseline: { id: string; name: string } }
  rows: RequirementRow[]
  totals: { requirements: number; addressed: number }
}
