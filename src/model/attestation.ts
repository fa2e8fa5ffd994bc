import type { Source } from './source.ts'

/** A service's own claim that it meets a compliance program. */
export interface Attestation {
  /** `<service>.<program>`, with `-2`, `-3`… when a service states several claims for one program. */
  id: string
  /** Id of the service that makes the claim. */
  service: string
  /** Canonical id of the program. */
  program: string
  /** Level or scope stated with the claim, e.g. `Level 3`, or null. */
  level: string | null
  /** Certificate or report number stated with the claim, e.g. `4218`, or null. */
  certificate: string | null
  /** Date from which the claim holds as stated, e.g. `January 2023`, or null. */
  since: string | null
  /** Id of the control that states the claim. */
  control: string
  /** Where the claim is stated. */
  source: Source
}
